import { useQuery } from '@tanstack/react-query'

import { connectorQueries } from '@/api/queries/connectors'
import {
  CATEGORY_BY_TYPE,
  type ConnectorCategory,
  type ConnectorStatistics,
} from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { API_CATEGORY_LABELS, CATEGORIES } from '@/catalog/categories'
import { formatCount } from '@/lib/format'

import { HEALTH_LABELS, HEALTH_ORDER, healthFromApi, type HealthStatus } from '../health/status'
import styles from './list.module.css'
import type { ListState } from './use-list-params'

/** Counts by console status and by category (typeStats folded with CATEGORY_BY_TYPE). */
export function summarize(stats: ConnectorStatistics) {
  const byHealth = new Map<HealthStatus, number>()
  for (const { status, count } of stats.statusStats ?? [])
    byHealth.set(healthFromApi(status), (byHealth.get(healthFromApi(status)) ?? 0) + count)
  const byCategory = new Map<ConnectorCategory, number>()
  for (const { type, count } of stats.typeStats ?? [])
    byCategory.set(CATEGORY_BY_TYPE[type], (byCategory.get(CATEGORY_BY_TYPE[type]) ?? 0) + count)
  const total = [...byHealth.values()].reduce((a, b) => a + b, 0)
  return { byHealth, byCategory, total }
}

/** The summary strip: each count is a filter button; pressing the active one clears it. */
export function SummaryStrip({
  scope,
  state,
  onChange,
}: {
  scope: Scope
  state: ListState
  onChange: (change: Partial<ListState>) => void
}) {
  const stats = useQuery({ ...connectorQueries.stats(scope), refetchInterval: 30_000 })
  if (stats.isError) return null
  // While the counts load, the same buttons and chips without numbers: the strip keeps its size
  // when they arrive and the list below does not jump (layout shift).
  const summary = stats.data ? summarize(stats.data) : null
  const count = (n: number | undefined) => (summary ? formatCount(n ?? 0) : '–')
  const categories: [ConnectorCategory, number | undefined][] = summary
    ? [...summary.byCategory].sort((a, b) => b[1] - a[1])
    : CATEGORIES.map((c) => [c.apiCategory, undefined])
  return (
    <div
      className={styles.strip}
      data-tour="connector-summary"
      aria-busy={summary ? undefined : true}
    >
      <div role="group" aria-label="Connectors by status" className={styles.stripGroup}>
        <span className={styles.stripTotal}>
          {summary ? formatCount(summary.total) : '…'} connectors
        </span>
        {HEALTH_ORDER.filter((h) => summary?.byHealth.get(h) || h !== 'pending').map((h) => (
          <button
            key={h}
            type="button"
            className={styles.stat}
            data-tone={HEALTH_LABELS[h].tone}
            disabled={!summary}
            aria-pressed={state.status === h}
            onClick={() => onChange({ status: state.status === h ? null : h })}
          >
            <span className={styles.statCount}>{count(summary?.byHealth.get(h))}</span>
            <span className={styles.statLabel}>{HEALTH_LABELS[h].label}</span>
          </button>
        ))}
      </div>
      <div role="group" aria-label="Connectors by category" className={styles.stripGroup}>
        {categories.map(([category, n]) => (
          <button
            key={category}
            type="button"
            className={styles.chip}
            disabled={!summary}
            aria-pressed={state.category === category}
            onClick={() =>
              onChange({ category: state.category === category ? null : category, type: null })
            }
          >
            {API_CATEGORY_LABELS[category]} <span className={styles.chipCount}>{count(n)}</span>
          </button>
        ))}
      </div>
    </div>
  )
}
