import { formatDateTime } from '@/lib/format'

import { formatUptime, uptimeOf, type HealthRecord } from './history'
import styles from './health-chart.module.css'
import { FAILURE_WORDS } from './stages'

const WIDTH = 600
const HEIGHT = 100
/** Fewer results than this keep the width of this many, newest at the right: one is not a blob. */
const MIN_SLOTS = 12
const MAX_BAR = 24

function describe(records: readonly HealthRecord[], first: string, last: string) {
  if (records.length === 1) return `1 result, ${first}: ${records[0].ok ? 'passed' : 'failed'}.`
  const failed = records.filter((r) => !r.ok).length
  return (
    `${records.length} results from ${first} to ${last}: ` +
    `${records.length - failed} passed, ${failed} failed, ${formatUptime(uptimeOf(records))} uptime.`
  )
}

/**
 * Results over time: one bar per test, newest at the right, its height the duration, its colour
 * the outcome. Only the bars are drawn in SVG, stretched to the width; the axis labels are text
 * beside it, so they keep their size on a phone instead of shrinking with the drawing. The SVG
 * has a text summary for screen readers; the table beside it on the detail page has every value.
 */
export function HealthChart({ records }: { records: readonly HealthRecord[] }) {
  if (!records.length)
    return <p className={styles.empty}>No test results kept yet. Run a test to start the record.</p>
  const maxMs = Math.max(1000, ...records.map((r) => r.durationMs ?? 0))
  const slots = Math.max(MIN_SLOTS, records.length)
  const slot = WIDTH / slots
  const bar = Math.max(2, Math.min(MAX_BAR, slot * 0.7))
  const offset = slots - records.length
  const first = formatDateTime(records[0].testedAt)
  const last = formatDateTime(records.at(-1)!.testedAt)
  const summary = describe(records, first, last)
  const seconds = (f: number) => `${((maxMs * f) / 1000).toFixed(1)} s`
  return (
    <figure className={styles.figure}>
      <div className={styles.plot}>
        <div className={styles.yAxis} aria-hidden>
          <span>{seconds(1)}</span>
          <span>{seconds(0.5)}</span>
          <span>0 s</span>
        </div>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          className={styles.svg}
          role="img"
          aria-labelledby="health-chart-title"
        >
          <title id="health-chart-title">{`Test results over time. ${summary}`}</title>
          {[0, 0.5, 1].map((f) => (
            <line
              key={f}
              x1={0}
              x2={WIDTH}
              y1={HEIGHT * f}
              y2={HEIGHT * f}
              className={styles.grid}
            />
          ))}
          {records.map((r, i) => {
            // A result the Manager reported has no duration here: a low outlined mark, not a bar
            // of a made-up height that reads as a fast test.
            const known = !!r.durationMs
            const h = known ? Math.max(2, (r.durationMs! / maxMs) * HEIGHT) : 5
            return (
              <rect
                key={`${r.testedAt}-${i}`}
                x={(offset + i) * slot + (slot - bar) / 2}
                y={HEIGHT - h}
                width={bar}
                height={h}
                className={`${r.ok ? styles.ok : styles.failed} ${known ? '' : styles.noDuration}`}
              >
                <title>{`${formatDateTime(r.testedAt)}: ${r.ok ? 'passed' : r.kind ? FAILURE_WORDS[r.kind] : 'failed'}${r.durationMs ? `, ${r.durationMs} ms` : ''}`}</title>
              </rect>
            )
          })}
        </svg>
        <span />
        {/* The oldest result's time under its bar, the newest's at the right; one when they agree. */}
        <div className={styles.xAxis} data-axis="x" aria-hidden>
          <span
            style={{ marginLeft: `max(0px, min(${(offset / slots) * 100}%, calc(100% - 46ch)))` }}
          >
            {first}
          </span>
          {last !== first ? <span>{last}</span> : null}
        </div>
      </div>
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
