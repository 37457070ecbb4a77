import { ArrowRight, Network, ShieldCheck } from 'lucide-react'
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'

import { afterFirstPaint } from '@/api/backend-ready'
import { withQueryClient } from '@/api/query-client-loader'
import { Card, Page } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import styles from './home.module.css'

// The checklist reads the API (tokens, delegates, connectors), which answers only after the first
// paint in demo mode (the embedded mock starts then), so its code is fetched then too. Asked for
// while the page renders, it was one more round of requests before the first paint on a slow phone.
const OnboardingChecklist = lazy(() =>
  afterFirstPaint()
    .then(withQueryClient(() => import('@/features/onboarding/checklist')))
    .then((m) => ({ default: m.OnboardingChecklist })),
)

export function Component() {
  const scope = useScope()
  return (
    <Page
      title="Getting started"
      subtitle="Set up the link between the Harness Manager and your infrastructure: a token, a delegate, and the connectors your pipelines use."
    >
      <Card className={styles.hero}>
        <ShieldCheck size={28} aria-hidden className={styles.heroIcon} />
        <div>
          <h2 className={styles.heroTitle}>Delegates connect out, never in</h2>
          <p className={styles.heroText}>
            A delegate runs in your network and makes only outbound HTTPS (443) connections to
            Harness. Connectors tell it how to reach your tools; their credentials stay in secrets,
            referenced by id.
          </p>
        </div>
      </Card>
      {/* Above the checklist: the checklist's height is known only once its data arrives, and
          nothing may sit below it and be pushed down (layout shift). */}
      <Link to={withScope(paths.network, scope)} className={styles.step}>
        <Network size={20} aria-hidden className={styles.stepIcon} />
        <span className={styles.stepBody}>
          <span className={styles.stepTitle}>Check the network path</span>
          <span className={styles.stepText}>
            The domains, ports and Harness IP ranges to allow in your firewall, for the delegate and
            for your connectors.
          </span>
        </span>
        <ArrowRight size={16} aria-hidden className={styles.stepArrow} />
      </Link>
      <Suspense
        fallback={
          <Card>
            <SkeletonRows rows={6} label="Loading your progress" />
          </Card>
        }
      >
        <OnboardingChecklist />
      </Suspense>
    </Page>
  )
}
