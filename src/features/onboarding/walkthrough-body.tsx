import { ArrowLeft, ArrowRight, Check } from 'lucide-react'
import { useNavigate } from 'react-router'

import { Button } from '@/components/ui/button'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import styles from './onboarding.module.css'
import { updateProgress, useProgress } from './progress'
import { STEPS, stepFor } from './steps'
import { useOnboardingStatus } from './use-onboarding-status'

/** The walkthrough banner's content: reads the API, so it loads only while a walkthrough runs. */
export default function BannerBody({
  stepId,
}: {
  stepId: NonNullable<ReturnType<typeof useProgress>['active']>
}) {
  const scope = useScope()
  const navigate = useNavigate()
  const { states } = useOnboardingStatus(scope)
  const step = stepFor(stepId)!
  const index = STEPS.indexOf(step)
  const next = STEPS.slice(index + 1).find((s) => states[s.id] !== 'done')
  const done = states[step.id] === 'done'

  const back = () => {
    updateProgress((p) => ({ ...p, active: null }))
    void navigate(withScope(paths.home, scope))
  }
  const goNext = () => {
    updateProgress((p) => ({ ...p, active: next?.id ?? null }))
    void navigate(withScope(next?.path ?? paths.home, scope))
  }
  return (
    <div className={styles.banner} role="region" aria-label="Getting started walkthrough">
      <div className={styles.bannerText}>
        <div className={styles.bannerStep}>
          Getting started · step {index + 1} of {STEPS.length}: {step.title}
        </div>
        <p aria-live="polite">
          {done ? (
            <>
              <Check size={14} aria-hidden /> Done.{' '}
              {next ? `Next: ${next.title.toLowerCase()}.` : 'That was the last step.'}
            </>
          ) : (
            step.instruction
          )}
        </p>
      </div>
      <Button size="small" variant="ghost" onClick={back}>
        <ArrowLeft size={14} aria-hidden /> Back to checklist
      </Button>
      {done ? (
        <Button size="small" variant="primary" onClick={goNext}>
          {next ? (
            <>
              Next step <ArrowRight size={14} aria-hidden />
            </>
          ) : (
            'Finish'
          )}
        </Button>
      ) : null}
    </div>
  )
}
