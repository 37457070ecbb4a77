import { lazy, Suspense } from 'react'
import { useLocation } from 'react-router'

import { withQueryClient } from '@/api/query-client-loader'

import styles from './onboarding.module.css'
import { useProgress } from './progress'
import { stepFor } from './steps'

// The body reads the onboarding status from the API.
const BannerBody = lazy(withQueryClient(() => import('./walkthrough-body')))

/** Shown above a feature page while the admin walks through that page's step. */
export function WalkthroughBanner() {
  const { active } = useProgress()
  const { pathname } = useLocation()
  const step = stepFor(active)
  if (!step?.path) return null
  const here = pathname === step.path || !!step.alsoOn?.test(pathname)
  if (!here) return null
  return (
    <Suspense fallback={<div className={`${styles.banner} ${styles.bannerPending}`} aria-hidden />}>
      <BannerBody stepId={step.id} />
    </Suspense>
  )
}
