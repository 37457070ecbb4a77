import { Database, LogOut } from 'lucide-react'
import { lazy, Suspense } from 'react'
import { useNavigate } from 'react-router'

import { afterFirstPaint, whenBackendReady } from '@/api/backend-ready'
import { loadedQueryClient, withQueryClient } from '@/api/query-client-loader'
import { getRuntimeConfig } from '@/api/runtime-config'
import { clearSession, loadSession } from '@/api/session'
import { Button } from '@/components/ui/button'
import { paths } from '@/lib/paths'

import { CommandLauncher } from './command-launcher'
import styles from './layout.module.css'

// Only in mock mode, and only when the header renders: never part of the Manager-mode bundle path.
const MockControls = lazy(() =>
  whenBackendReady().then(withQueryClient(() => import('./mock-controls'))),
)
// The switcher and the help menu need the API layer (zod, Radix menus): they load once the page
// has painted, so they never compete with it; placeholders of their size hold their place.
const ScopeSwitcher = lazy(() =>
  afterFirstPaint().then(withQueryClient(() => import('./scope-switcher'))),
)
// A test-all run is only ever started from the connectors list, after the first paint.
const TestRunIndicator = lazy(() =>
  afterFirstPaint()
    .then(withQueryClient(() => import('./test-run-indicator')))
    .then((m) => ({ default: m.TestRunIndicator })),
)
const HelpMenu = lazy(() =>
  afterFirstPaint()
    .then(() => import('@/features/onboarding/help-menu'))
    .then((m) => ({ default: m.HelpMenu })),
)

export function Header() {
  const config = getRuntimeConfig()
  const session = loadSession()
  const navigate = useNavigate()

  const signOut = () => {
    clearSession()
    loadedQueryClient()?.clear()
    void navigate(paths.signIn, { replace: true })
  }

  return (
    <header className={styles.header}>
      <div className={styles.headerGroup}>
        <Suspense fallback={<span className={styles.scopePlaceholder} aria-hidden />}>
          <ScopeSwitcher />
        </Suspense>
      </div>
      <div className={styles.headerGroup}>
        <CommandLauncher />
        <Suspense fallback={null}>
          <TestRunIndicator />
        </Suspense>
        <Suspense fallback={<span className={styles.helpPlaceholder} aria-hidden />}>
          <HelpMenu
            triggerClass={styles.scopeTrigger}
            labelClass={styles.triggerLabel}
            menuClass={styles.menu}
            itemClass={styles.menuItem}
          />
        </Suspense>
        {config.backend === 'mock' ? (
          <Suspense fallback={<span className={styles.mockPlaceholder} aria-hidden />}>
            <MockControls />
          </Suspense>
        ) : (
          <>
            <span className={styles.modeBadge} title={config.managerLabel}>
              <Database size={14} aria-hidden /> Account {session?.accountId}
            </span>
            <Button variant="ghost" size="small" onClick={signOut}>
              <LogOut size={14} aria-hidden /> Sign out
            </Button>
          </>
        )}
      </div>
    </header>
  )
}
