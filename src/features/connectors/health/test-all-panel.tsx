import { Link } from 'react-router'

import { describeError } from '@/api/errors'
import { sameScope, scopeLabel, type Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { formatCount, pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import styles from './test-all.module.css'
import { groupFailures } from './test-queue'
import {
  cancelTestRun,
  dismissTestRun,
  useTestRun,
  type TestAllItem,
  type TestAllRun,
} from './test-run-store'

/**
 * The app's test run as the list at `scope` shows it: progress, then what failed and why, with
 * "retry the failed ones". It reads the run itself, so its progress never renders the list again.
 * A run started at another scope is only named here, with a link to its own list.
 */
export function TestAllPanel({
  scope,
  onRetry,
}: {
  scope: Scope
  onRetry: (items: TestAllItem[]) => void
}) {
  const run = useTestRun()
  if (!run) return null
  if (!sameScope(run.scope, scope)) return <ElsewhereNotice run={run} />
  return (
    <Card>
      <CardBody>
        <section className={styles.panel} aria-label="Test run">
          {run.phase === 'collecting' ? (
            <div className={styles.row}>
              <span role="status">Listing the connectors to test…</span>
              <Button size="small" onClick={cancelTestRun}>
                Cancel
              </Button>
            </div>
          ) : null}
          {run.phase === 'running' ? <Progress run={run} /> : null}
          {run.phase === 'done' ? <Summary run={run} onRetry={onRetry} /> : null}
          {run.phase === 'error' ? (
            <div className={styles.row}>
              <Notice tone="danger">
                <p>The connectors to test could not be listed. {describeError(run.error)}</p>
              </Notice>
              <Button size="small" onClick={dismissTestRun}>
                Dismiss
              </Button>
            </div>
          ) : null}
        </section>
      </CardBody>
    </Card>
  )
}

function ElsewhereNotice({ run }: { run: TestAllRun }) {
  const where = scopeLabel(run.scope)
  const going = run.phase === 'collecting' || run.phase === 'running'
  return (
    <Notice tone="info">
      <p>
        {going
          ? `A test run started at another scope (${where}) is going on; one runs at a time.`
          : `The last test run was at another scope (${where}).`}{' '}
        <Link to={withScope(paths.connectors, run.scope)}>
          {going ? 'See its progress' : 'See its summary'}
        </Link>
      </p>
    </Notice>
  )
}

function Progress({ run }: { run: Extract<TestAllRun, { phase: 'running' }> }) {
  const { done, total, passed, failed } = run.progress
  return (
    <>
      <div className={styles.row}>
        <span role="status" aria-live="polite">
          Tested {formatCount(done)} of {formatCount(total)} · {formatCount(passed)} passed ·{' '}
          {formatCount(failed)} failed
        </span>
        <Button size="small" onClick={cancelTestRun}>
          Cancel
        </Button>
      </div>
      <div
        className={styles.bar}
        role="progressbar"
        aria-label="Testing connectors"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} tested`}
      >
        <span className={styles.fill} style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
      </div>
    </>
  )
}

function Summary({
  run,
  onRetry,
}: {
  run: Extract<TestAllRun, { phase: 'done' }>
  onRetry: (items: TestAllItem[]) => void
}) {
  const { summary } = run
  const groups = groupFailures(summary.failures)
  return (
    <>
      <div className={styles.row}>
        <div role="status">
          <h2 className={styles.title}>
            {run.cancelled ? 'Test run cancelled' : 'Test run finished'}: {summary.passed} passed,{' '}
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
          <Button size="small" onClick={dismissTestRun}>
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
