import { Menu, X } from 'lucide-react'
import { lazy, Suspense, useId, useRef, useState } from 'react'
import { NavLink } from 'react-router'

import { afterFirstPaint } from '@/api/backend-ready'
import { withQueryClient } from '@/api/query-client-loader'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { AccountFooter } from './account-footer'
import styles from './layout.module.css'
import { BrandIcon, navSections } from './nav'

// The account's and the user's names come from the Manager through the API client, which the
// first page does not load: the footer shows the id at once and the names after the first paint.
const LiveAccountFooter = lazy(() =>
  afterFirstPaint().then(withQueryClient(() => import('./account-footer-live'))),
)

/**
 * The sidebar; on a narrow screen, a bar with the brand and a Menu button that shows the links
 * below it (the disclosure navigation pattern: a button with aria-expanded, no focus trap).
 * Following a link or pressing Escape closes it.
 */
export function Sidebar() {
  const scope = useScope()
  const [open, setOpen] = useState(false)
  const listId = useId()
  const menuButton = useRef<HTMLButtonElement>(null)
  const close = () => setOpen(false)
  return (
    <nav
      className={styles.sidebar}
      aria-label="Main"
      data-open={open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        close()
        menuButton.current?.focus()
      }}
    >
      <NavLink to={withScope(paths.home, scope)} className={styles.brand} onClick={close}>
        <span className={styles.brandMark} aria-hidden>
          <BrandIcon size={16} />
        </span>
        Delegate Console
      </NavLink>
      <button
        ref={menuButton}
        type="button"
        className={styles.menuButton}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? <X size={18} aria-hidden /> : <Menu size={18} aria-hidden />}
        Menu
      </button>
      <div id={listId} className={styles.navList}>
        {navSections.map((section) => (
          <div key={section.heading ?? 'top'} className={styles.navSection}>
            {section.heading ? <div className={styles.navHeading}>{section.heading}</div> : null}
            {section.items.map((item) => (
              <NavLink
                key={item.to}
                to={withScope(item.to, scope)}
                end={'end' in item ? item.end : false}
                className={[
                  styles.navLink,
                  'nested' in item && item.nested ? styles.navNested : '',
                ].join(' ')}
                onClick={close}
              >
                <item.icon size={16} aria-hidden />
                {item.label}
              </NavLink>
            ))}
          </div>
        ))}
        <Suspense fallback={<AccountFooter accountId={scope.accountId} pending />}>
          <LiveAccountFooter accountId={scope.accountId} />
        </Suspense>
      </div>
    </nav>
  )
}
