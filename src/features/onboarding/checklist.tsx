import { Check, RotateCcw, SkipForward } from 'lucide-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'

import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/page'
import { ErrorState, SkeletonRows } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import {
  clusterInUse,
  getPreferredCluster,
  harnessCluster,
  HARNESS_CLUSTERS,
  isHarnessClusterId,
  setPreferredCluster,
} from '@/lib/harness-clusters'
import { clearOnboardingEvents } from '@/lib/onboarding-events'
import { withScope } from '@/lib/paths'

import styles from './onboarding.module.css'
import { restartProgress, updateProgress } from './progress'
import { STEPS, type OnboardingStep } from './steps'
import { useOnboardingStatus, type StepState } from './use-onboarding-status'

function ClusterPicker({ onSaved, onCancel }: { onSaved: () => void; onCancel?: () => void }) {
  const [cluster, setCluster] = useState<string>(clusterInUse())
  return (
    <span className={styles.inline}>
      <label htmlFor="onboarding-cluster" className="visually-hidden">
        Harness cluster
      </label>
      <select
        id="onboarding-cluster"
        className={styles.select}
        value={cluster}
        onChange={(e) => setCluster(e.target.value)}
      >
        {HARNESS_CLUSTERS.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label} ({c.host})
          </option>
        ))}
      </select>
      <Button
        size="small"
        variant="primary"
        onClick={() => {
          if (!isHarnessClusterId(cluster)) return
          setPreferredCluster(cluster)
          updateProgress((p) => ({ ...p, done: [...new Set([...p.done, 'scope' as const])] }))
          onSaved()
        }}
      >
        Save
      </Button>
      {onCancel ? (
        <Button size="small" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
    </span>
  )
}

/** The cluster in use, once the step is done: what the installers and the network page assume. */
function ClusterInUse({ onChange }: { onChange: () => void }) {
  const cluster = harnessCluster(clusterInUse())
  return (
    <>
      <span className={styles.stepSummary}>{`${cluster.label} (${cluster.host})`}</span>
      {/* Nobody chose it: it is the console's default, not the account's known cluster. */}
      {getPreferredCluster() === null ? (
        <span className={styles.stepSummary}>(default, not chosen)</span>
      ) : null}
      <Button
        size="small"
        variant="ghost"
        onClick={onChange}
        aria-label="Change the Harness cluster"
      >
        Change
      </Button>
    </>
  )
}

function StepRow({
  step,
  index,
  state,
  current,
}: {
  step: OnboardingStep
  index: number
  state: StepState
  current: boolean
}) {
  const navigate = useNavigate()
  const scope = useScope()
  const [, refresh] = useState(0)
  const [changing, setChanging] = useState(false)
  const start = () => {
    updateProgress((p) => ({ ...p, active: step.id }))
    if (step.path) void navigate(withScope(step.path, scope))
  }
  const skip = () =>
    updateProgress((p) => ({ ...p, skipped: [...new Set([...p.skipped, step.id])] }))
  return (
    <li className={styles.step} data-current={current} aria-current={current ? 'step' : undefined}>
      <span className={styles.stepIcon} data-state={state} aria-hidden>
        {state === 'done' ? (
          <Check size={16} />
        ) : state === 'skipped' ? (
          <SkipForward size={14} />
        ) : (
          index + 1
        )}
      </span>
      <span>
        <span className={styles.stepTitle}>{step.title}</span>
        <span className="visually-hidden">
          {state === 'done' ? ' (done)' : state === 'skipped' ? ' (skipped)' : ' (to do)'}
        </span>
        <br />
        <span className={styles.stepSummary}>{step.summary}</span>
      </span>
      <span className={styles.stepActions}>
        {step.id === 'scope' && (state !== 'done' || changing) ? (
          <ClusterPicker
            onSaved={() => {
              setChanging(false)
              refresh((n) => n + 1)
            }}
            onCancel={changing ? () => setChanging(false) : undefined}
          />
        ) : null}
        {step.id === 'scope' && state === 'done' && !changing ? (
          <ClusterInUse onChange={() => setChanging(true)} />
        ) : null}
        {step.path && state !== 'done' ? (
          <Button
            size="small"
            variant={current ? 'primary' : 'default'}
            onClick={start}
            aria-label={`${state === 'skipped' ? 'Resume' : 'Start'}: ${step.title}`}
          >
            {state === 'skipped' ? 'Resume' : 'Start'}
          </Button>
        ) : null}
        {state === 'todo' ? (
          <Button size="small" variant="ghost" onClick={skip} aria-label={`Skip: ${step.title}`}>
            Skip
          </Button>
        ) : null}
        {state === 'done' && step.id !== 'scope' ? (
          <span className={styles.stepSummary}>Done</span>
        ) : null}
      </span>
    </li>
  )
}

/** The first-run checklist on Getting started: six steps, each done on the real page. */
export function OnboardingChecklist() {
  const scope = useScope()
  const { states, current, doneCount, isLoading, error, progress, events } =
    useOnboardingStatus(scope)
  if (isLoading)
    return (
      <Card>
        <SkeletonRows rows={6} label="Loading your progress" />
      </Card>
    )
  if (error)
    return (
      <Card>
        <ErrorState error={error} title="Could not check your progress" />
      </Card>
    )
  const restart = () => {
    restartProgress()
    clearOnboardingEvents()
  }
  return (
    <Card>
      <section className={styles.checklist} aria-labelledby="checklist-title">
        <div className={styles.head}>
          <h2 id="checklist-title" className={styles.title}>
            Set up your account
          </h2>
          <span aria-live="polite">
            {doneCount} of {STEPS.length} done
          </span>
        </div>
        <div
          className={styles.meter}
          role="progressbar"
          aria-label="Setup progress"
          aria-valuemin={0}
          aria-valuemax={STEPS.length}
          aria-valuenow={doneCount}
        >
          <div
            className={styles.meterFill}
            style={{ width: `${(doneCount / STEPS.length) * 100}%` }}
          />
        </div>
        <ol className={styles.steps}>
          {STEPS.map((step, i) => (
            <StepRow
              key={step.id}
              step={step}
              index={i}
              state={states[step.id]}
              current={current?.id === step.id}
            />
          ))}
        </ol>
        {/* Only when there is something of this browser's to forget. */}
        {progress.done.length || progress.skipped.length || progress.active || events.length ? (
          <div className={styles.footer}>
            <Button size="small" variant="ghost" onClick={restart}>
              <RotateCcw size={14} aria-hidden /> Restart walkthrough
            </Button>
          </div>
        ) : null}
      </section>
    </Card>
  )
}
