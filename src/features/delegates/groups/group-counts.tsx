import { formatCount, pluralize } from '@/lib/format'

import styles from '../delegates.module.css'
import { GROUP_STATES } from './group-state'
import type { GroupCounts as Counts, GroupFilters, useGroupFilters } from './use-group-filters'

type Set = ReturnType<typeof useGroupFilters>['set']

/**
 * The scope at a glance: groups per state and behind on version, counted over every group at the
 * scope (not the filtered rows), each a filter button; pressing the active one clears it. A count
 * of zero filters nothing, so it is not offered (unless it is the active filter, to clear it).
 */
export function GroupCounts({
  counts,
  filters,
  set,
  latest,
}: {
  counts: Counts
  filters: GroupFilters
  set: Set
  /** The latest supported version, while it loads undefined, null when it could not be read. */
  latest: string | null | undefined
}) {
  return (
    <div className={styles.counts} role="group" aria-label="Delegate groups at this scope">
      <span className={styles.countsTotal}>{pluralize(counts.total, 'group')}</span>
      {GROUP_STATES.map(({ state, label, tone }) => {
        const n = counts.byState.get(state) ?? 0
        const pressed = filters.status === state
        return (
          <button
            key={state}
            type="button"
            className={styles.stat}
            data-tone={tone}
            disabled={n === 0 && !pressed}
            aria-pressed={pressed}
            onClick={() => set({ status: pressed ? null : state })}
          >
            <span className={styles.statCount}>{formatCount(n)}</span>{' '}
            <span className={styles.statLabel}>{label.toLowerCase()}</span>
          </button>
        )
      })}
      {latest === null ? null : (
        <button
          type="button"
          className={styles.stat}
          data-tone="info"
          title={latest ? `Behind the latest supported version, ${latest}` : undefined}
          disabled={counts.behind === null || (counts.behind === 0 && !filters.behind)}
          aria-pressed={filters.behind}
          onClick={() => set({ behind: filters.behind ? null : '1' })}
        >
          <span className={styles.statCount}>
            {counts.behind === null ? '–' : formatCount(counts.behind)}
          </span>{' '}
          <span className={styles.statLabel}>behind on version</span>
        </button>
      )}
    </div>
  )
}
