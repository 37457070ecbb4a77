import { formatDateTime } from '@/lib/format'

import { formatUptime, uptimeOf, type HealthRecord } from './history'
import styles from './health.module.css'
import { FAILURE_WORDS } from './stages'

const STRIP_LENGTH = 12

/** The last results as small squares (oldest left), with the uptime over the kept window. */
export function HistoryStrip({ records }: { records: readonly HealthRecord[] }) {
  const recent = records.slice(-STRIP_LENGTH)
  if (!recent.length) return <span className={styles.muted}>No results yet</span>
  const passed = records.filter((r) => r.ok).length
  const label = `${passed} of ${records.length} recent tests passed (${formatUptime(uptimeOf(records))} uptime)`
  return (
    <span className={styles.stripWrap}>
      <span className={styles.strip} role="img" aria-label={label}>
        {recent.map((r, i) => (
          <span
            key={`${r.testedAt}-${i}`}
            className={styles.cell}
            data-ok={r.ok}
            title={`${formatDateTime(r.testedAt)}: ${r.ok ? 'passed' : r.kind ? FAILURE_WORDS[r.kind] : 'failed'}`}
          />
        ))}
      </span>
      <span className={styles.uptime} aria-hidden>
        {formatUptime(uptimeOf(records))}
      </span>
    </span>
  )
}
