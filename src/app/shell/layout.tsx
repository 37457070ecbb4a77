import { Suspense, useEffect } from 'react'
import { Outlet, useNavigation } from 'react-router'

import { shellPainted } from '@/api/backend-ready'
import { SkeletonRows } from '@/components/ui/states'
import OnboardingOverlays from '@/features/onboarding/overlays'

import { ConnectionBanner } from './connection-banner'
import { Header } from './header'
import styles from './layout.module.css'
import { Sidebar } from './sidebar'

// The walkthrough banner and tour offers are part of the shell, drawn with the page in one
// Suspense boundary, so a banner never appears above a painted page and pushes it down (layout
// shift). What they read from the API (the walkthrough's body) loads on its own.

export function Layout() {
  const navigation = useNavigation()
  // The first page is on screen: the embedded mock may load now (main.tsx).
  useEffect(shellPainted, [])
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <Sidebar />
      <Header />
      <main id="main" className={styles.main} aria-busy={navigation.state === 'loading'}>
        <ConnectionBanner />
        <Suspense fallback={<SkeletonRows rows={6} label="Loading the page" />}>
          <OnboardingOverlays />
          <Outlet />
        </Suspense>
      </main>
    </div>
  )
}
