import { formatDateTime } from '@/lib/format'

import { formatUptime, uptimeOf, type HealthRecord } from './history'
import styles from './health-chart.module.css'
import { FAILURE_WORDS } from './stages'

const WIDTH = 600
const HEIGHT = 140
const PAD = { top: 10, right: 8, bottom: 22, left: 44 }

/**
 * Results over time: one bar per test, its height the duration, its colour the outcome. The SVG
 * has a text summary for screen readers; the table beside it on the detail page has every value.
 */
export function HealthChart({ records }: { records: readonly HealthRecord[] }) {
  if (!records.length)
    return <p className={styles.empty}>No test results kept yet. Run a test to start the record.</p>
  const maxMs = Math.max(1000, ...records.map((r) => r.durationMs ?? 0))
  const innerW = WIDTH - PAD.left - PAD.right
  const innerH = HEIGHT - PAD.top - PAD.bottom
  const slot = innerW / records.length
  const bar = Math.max(3, Math.min(24, slot * 0.7))
  const failed = records.filter((r) => !r.ok).length
  const first = formatDateTime(records[0].testedAt)
  const last = formatDateTime(records.at(-1)!.testedAt)
  const summary =
    records.length === 1
      ? `1 result, ${first}: ${records[0].ok ? 'passed' : 'failed'}.`
      : `${records.length} results from ${first} to ${last}: ` +
        `${records.length - failed} passed, ${failed} failed, ${formatUptime(uptimeOf(records))} uptime.`
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.svg}
        role="img"
        aria-labelledby="health-chart-title"
      >
        <title id="health-chart-title">{`Test results over time. ${summary}`}</title>
        {[0, 0.5, 1].map((f) => {
          const y = PAD.top + innerH * (1 - f)
          return (
            <g key={f}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} className={styles.grid} />
              <text
                x={PAD.left - 6}
                y={y + 4}
                className={styles.axis}
                textAnchor="end"
              >{`${((maxMs * f) / 1000).toFixed(1)}s`}</text>
            </g>
          )
        })}
        {records.map((r, i) => {
          // A result the Manager reported has no duration here: a low outlined mark, not a bar
          // of a made-up height that reads as a fast test.
          const known = !!r.durationMs
          const h = known ? Math.max(3, (r.durationMs! / maxMs) * innerH) : 6
          return (
            <rect
              key={`${r.testedAt}-${i}`}
              x={PAD.left + i * slot + (slot - bar) / 2}
              y={PAD.top + innerH - h}
              width={bar}
              height={h}
              rx={2}
              className={`${r.ok ? styles.ok : styles.failed} ${known ? '' : styles.noDuration}`}
            >
              <title>{`${formatDateTime(r.testedAt)}: ${r.ok ? 'passed' : r.kind ? FAILURE_WORDS[r.kind] : 'failed'}${r.durationMs ? `, ${r.durationMs} ms` : ''}`}</title>
            </rect>
          )
        })}
        <text x={PAD.left} y={HEIGHT - 6} className={styles.axis}>
          {first}
        </text>
        {/* One label when both ends are the same time (one result, or two in the same minute). */}
        {last !== first ? (
          <text x={WIDTH - PAD.right} y={HEIGHT - 6} className={styles.axis} textAnchor="end">
            {last}
          </text>
        ) : null}
      </svg>
      <figcaption className={styles.caption}>
        <span className={styles.key} data-ok="true" aria-hidden /> Passed{' '}
        <span className={styles.key} data-ok="false" aria-hidden /> Failed · bar height is the
        test’s duration
        {records.some((r) => !r.durationMs)
          ? ' (a low outlined mark: the Manager’s result, duration not known)'
          : ''}
        . {summary}
      </figcaption>
    </figure>
  )
}
