import { describeError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { pluralize } from '@/lib/format'

import styles from './test-all.module.css'
import { groupFailures } from './test-queue'
import type { TestAllItem, TestAllState } from './use-test-all'

/** Progress of a "test all" run, then what failed and why, with "retry the failed ones". */
export function TestAllPanel({
  state,
  onCancel,
  onDismiss,
  onRetry,
}: {
  state: TestAllState
  onCancel: () => void
  onDismiss: () => void
  onRetry: (items: TestAllItem[]) => void
}) {
  if (state.phase === 'idle') return null
  return (
    <Card>
      <CardBody>
        <section className={styles.panel} aria-label="Test run">
          {state.phase === 'collecting' ? (
            <div className={styles.row}>
              <span role="status">Collecting the connectors to test…</span>
              <Button size="small" onClick={onCancel}>
                Cancel
              </Button>
            </div>
          ) : null}
          {state.phase === 'running' ? (
            <>
              <div className={styles.row}>
                <span role="status" aria-live="polite">
                  Tested {state.progress.done} of {state.progress.total} · {state.progress.passed}{' '}
                  passed · {state.progress.failed} failed
                </span>
                <Button size="small" onClick={onCancel}>
                  Cancel
                </Button>
              </div>
              <div
                className={styles.bar}
                role="progressbar"
                aria-label="Testing connectors"
                aria-valuemin={0}
                aria-valuemax={state.progress.total}
                aria-valuenow={state.progress.done}
                aria-valuetext={`${state.progress.done} of ${state.progress.total} tested`}
              >
                <span
                  className={styles.fill}
                  style={{
                    width: `${state.progress.total ? (state.progress.done / state.progress.total) * 100 : 0}%`,
                  }}
                />
              </div>
            </>
          ) : null}
          {state.phase === 'done' ? (
            <Summary state={state} onDismiss={onDismiss} onRetry={onRetry} />
          ) : null}
          {state.phase === 'error' ? (
            <div className={styles.row}>
              <Notice tone="danger">
                <p>The connectors to test could not be listed. {describeError(state.error)}</p>
              </Notice>
              <Button size="small" onClick={onDismiss}>
                Dismiss
              </Button>
            </div>
          ) : null}
        </section>
      </CardBody>
    </Card>
  )
}

function Summary({
  state,
  onDismiss,
  onRetry,
}: {
  state: Extract<TestAllState, { phase: 'done' }>
  onDismiss: () => void
  onRetry: (items: TestAllItem[]) => void
}) {
  const { summary } = state
  const groups = groupFailures(summary.failures)
  return (
    <>
      <div className={styles.row}>
        <div role="status">
          <h2 className={styles.title}>
            {state.cancelled ? 'Test run cancelled' : 'Test run finished'}: {summary.passed} passed,{' '}
            {summary.failed} failed
            {summary.cancelled ? `, ${summary.cancelled} not run` : ''}
          </h2>
        </div>
        <span className={styles.actions}>
          {summary.failures.length ? (
            <Button
              size="small"
              variant="primary"
              onClick={() => onRetry(summary.failures.map((f) => f.item))}
            >
              Retry the failed ones ({summary.failures.length})
            </Button>
          ) : null}
          <Button size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        </span>
      </div>
      {groups.length ? (
        <ul className={styles.groups} aria-label="What failed and why">
          {groups.map((g) => (
            <li key={g.reason}>
              <strong>{g.reason}</strong> ({pluralize(g.items.length, 'connector')}):{' '}
              {g.items
                .slice(0, 8)
                .map((i) => i.label)
                .join(', ')}
              {g.items.length > 8 ? ` and ${g.items.length - 8} more` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
