import type { ConnectivityDetails } from '@/api/schemas/connector'
import { formatRelative } from '@/lib/format'

import type { FailureKind } from './stages'

/**
 * One kept test result. Only time, outcome, duration and a short reason: never a secret, a
 * value from the connector's spec or the Manager's raw message.
 */
export interface HealthRecord {
  testedAt: number
  ok: boolean
  durationMs?: number
  kind?: FailureKind
}

export const HISTORY_LIMIT = 30

/**
 * The kept results plus the Manager's own last result (`status.testedAt`), which may come from a
 * test someone else ran. Sorted oldest first, without duplicates, at most HISTORY_LIMIT.
 */
export function mergeHistory(
  kept: readonly HealthRecord[],
  status: ConnectivityDetails | null | undefined,
): HealthRecord[] {
  const all = [...kept]
  const testedAt = status?.testedAt ?? status?.lastTestedAt
  const outcome = status?.status
  if (
    testedAt &&
    (outcome === 'SUCCESS' || outcome === 'FAILURE') &&
    !all.some((r) => Math.abs(r.testedAt - testedAt) < 2_000)
  )
    all.push({ testedAt, ok: outcome === 'SUCCESS' })
  return all.sort((a, b) => a.testedAt - b.testedAt).slice(-HISTORY_LIMIT)
}

/** Share of passed tests over the kept window, 0..1; null with no results. */
export function uptimeOf(records: readonly HealthRecord[]): number | null {
  if (!records.length) return null
  return records.filter((r) => r.ok).length / records.length
}

/**
 * When the current run of failures began: the first failure after the last success. `exact` is
 * false when no kept success precedes it, so the run may be older ("failing for at least").
 */
export function failingSince(
  records: readonly HealthRecord[],
): { since: number; exact: boolean } | null {
  const last = records.at(-1)
  if (!last || last.ok) return null
  let i = records.length - 1
  while (i > 0 && !records[i - 1].ok) i--
  return { since: records[i].testedAt, exact: i > 0 }
}

/**
 * "Failing since 2 hours ago" when known, "Failing for at least 40 minutes" when only bounded,
 * nothing when the only thing known is a failure a moment ago (the badge already says Failed).
 */
export function describeFailing(
  failing: { since: number; exact: boolean },
  now = Date.now(),
): string | null {
  if (failing.exact) return `Failing since ${formatRelative(failing.since, now)}`
  if (now - failing.since < 60_000) return null
  return `Failing for at least ${formatRelative(failing.since, now).replace(/ ago$/, '')}`
}

export function formatUptime(value: number | null) {
  if (value === null) return '—'
  return `${Math.round(value * 1000) / 10}%`
}
