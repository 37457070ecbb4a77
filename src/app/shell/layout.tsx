import { lazy, Suspense } from 'react'
import { Outlet, useNavigation } from 'react-router'

import { Header } from './header'
import styles from './layout.module.css'
import { Sidebar } from './sidebar'

// The walkthrough banner and tour offers need the API layer: loaded after the first paint.
const OnboardingOverlays = lazy(() => import('@/features/onboarding/overlays'))

export function Layout() {
  const navigation = useNavigation()
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <Sidebar />
      <Header />
      <main id="main" className={styles.main} aria-busy={navigation.state === 'loading'}>
        <Suspense fallback={null}>
          <OnboardingOverlays />
        </Suspense>
        <Outlet />
      </main>
    </div>
  )
}
