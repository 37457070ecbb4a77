import { FlaskConical } from 'lucide-react'
import { Link, useLocation } from 'react-router'

import { scopeLabel } from '@/api/scope'
import { isBusy, useTestRun, type TestAllRun } from '@/features/connectors/health/test-run-store'
import { formatCount } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import styles from './layout.module.css'

/** What the run is at, in a few words: "120 of 4,987", "3 failed", "all passed". */
function status(run: TestAllRun) {
  switch (run.phase) {
    case 'collecting':
      return 'listing…'
    case 'running':
      return `${formatCount(run.progress.done)} of ${formatCount(run.progress.total)}`
    case 'error':
      return 'could not list'
    case 'done': {
      const { failures, cancelled, done } = run.summary
      if (run.cancelled) return `cancelled, ${formatCount(failures.length)} failed`
      if (failures.length) return `${formatCount(failures.length)} failed`
      if (!done) return 'nothing to test'
      return cancelled ? 'finished' : 'all passed'
    }
  }
}

/**
 * The test-all run in the header, on every page: where it was started, how far it is, and a link
 * to its list, where the summary and "retry the failed ones" wait. Off the list, its end is
 * announced once.
 */
export function TestRunIndicator() {
  const run = useTestRun()
  const { pathname } = useLocation()
  if (!run) return null
  const where = scopeLabel(run.scope)
  const going = isBusy(run)
  const failed = run.phase === 'done' && run.summary.failures.length > 0
  // "all passed" is a success only when something was tested.
  const passed = run.phase === 'done' && !failed && run.summary.done > 0
  const share =
    run.phase === 'running' && run.progress.total ? run.progress.done / run.progress.total : null
  return (
    <>
      <Link
        to={withScope(paths.connectors, run.scope)}
        className={styles.runLink}
        data-tone={
          going
            ? 'info'
            : failed || run.phase === 'error'
              ? 'danger'
              : passed
                ? 'success'
                : 'neutral'
        }
      >
        <FlaskConical size={14} aria-hidden />
        <span className={styles.runWords}>Test run · {where}:</span>{' '}
        <span className={styles.runStatus}>{status(run)}</span>
        {share !== null ? (
          <span className={styles.runMeter} aria-hidden>
            <span style={{ width: `${Math.round(share * 100)}%` }} />
          </span>
        ) : null}
      </Link>
      {/* The list says this itself; elsewhere, the end of a run is said once. */}
      <span className="visually-hidden" role="status">
        {run.phase === 'done' && pathname !== paths.connectors
          ? `Test run at ${where} ${run.cancelled ? 'cancelled' : 'finished'}: ${status(run)}.`
          : ''}
      </span>
    </>
  )
}
