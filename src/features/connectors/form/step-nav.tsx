import { Check } from 'lucide-react'

import { STEPS, type StepId } from './steps'
import styles from './wizard.module.css'

/**
 * Where the user is; steps already reached can be revisited. One row at any width: where the
 * labels do not fit (a phone), the other steps show their number and keep their name for screen
 * readers.
 */
export function StepNav({
  current,
  reached,
  onGo,
}: {
  current: StepId
  reached: number
  onGo: (step: StepId) => void
}) {
  const index = STEPS.findIndex((s) => s.id === current)
  return (
    <nav aria-label="Wizard steps" data-tour="connector-steps" className={styles.stepsNav}>
      <ol className={styles.steps}>
        {STEPS.map((s, i) => {
          const state = i === index ? 'current' : i < index ? 'done' : 'todo'
          const label = (
            <>
              <span className={styles.stepNumber} aria-hidden>
                {state === 'done' ? <Check size={12} /> : i + 1}
              </span>
              <span className={styles.stepLabel}>{'short' in s ? s.short : s.label}</span>
            </>
          )
          return (
            <li key={s.id} className={styles.step} data-state={state}>
              {i <= reached && i !== index ? (
                <button type="button" className={styles.stepButton} onClick={() => onGo(s.id)}>
                  {label}
                </button>
              ) : (
                <span className={styles.stepButton} aria-current={i === index ? 'step' : undefined}>
                  {label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
