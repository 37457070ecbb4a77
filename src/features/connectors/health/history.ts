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

/** Two results this close are the same test seen twice (the console's clock and the Manager's). */
const SAME_TEST_MS = 2_000

/** The Manager's last result as a record, when it has one that passed or failed. */
export function managerRecord(status: ConnectivityDetails | null | undefined): HealthRecord | null {
  const testedAt = status?.testedAt ?? status?.lastTestedAt
  const outcome = status?.status
  if (!testedAt || (outcome !== 'SUCCESS' && outcome !== 'FAILURE')) return null
  return { testedAt, ok: outcome === 'SUCCESS' }
}

/**
 * Adds a record unless the same test is already there; sorted oldest first. The Manager's result
 * may be the console's own test seen through another clock, so it matches within SAME_TEST_MS;
 * the console's own results (`exact`) only match the same time, since two re-tests can be a
 * second apart.
 */
export function addRecord(
  records: readonly HealthRecord[],
  record: HealthRecord,
  exact = false,
): HealthRecord[] {
  const window = exact ? 1 : SAME_TEST_MS
  if (records.some((r) => Math.abs(r.testedAt - record.testedAt) < window)) return [...records]
  return [...records, record].sort((a, b) => a.testedAt - b.testedAt)
}

/** Index of the first failure of the current run, or -1 when the last result passed. */
function runStart(records: readonly HealthRecord[]) {
  if (!records.length || records.at(-1)!.ok) return -1
  let i = records.length - 1
  while (i > 0 && !records[i - 1].ok) i--
  return i
}

/**
 * At most HISTORY_LIMIT results, the newest. A run of failures longer than the window keeps its
 * first failure and the success before it, so "failing since" does not move forward as re-tests
 * push older results out.
 */
export function trimHistory(records: readonly HealthRecord[]): HealthRecord[] {
  if (records.length <= HISTORY_LIMIT) return [...records]
  const start = runStart(records)
  const newest = records.slice(-HISTORY_LIMIT)
  const from = Math.max(0, start - 1)
  if (start < 0 || from >= records.length - HISTORY_LIMIT) return newest
  const anchor = records.slice(from, start + 1)
  return [...anchor, ...records.slice(-(HISTORY_LIMIT - anchor.length))]
}

/**
 * The kept results plus the Manager's own last result (`status.testedAt`), which may come from a
 * test someone else ran. Sorted oldest first, without duplicates, at most HISTORY_LIMIT.
 */
export function mergeHistory(
  kept: readonly HealthRecord[],
  status: ConnectivityDetails | null | undefined,
): HealthRecord[] {
  const manager = managerRecord(status)
  const sorted = [...kept].sort((a, b) => a.testedAt - b.testedAt)
  return trimHistory(manager ? addRecord(sorted, manager) : sorted)
}

/** Share of passed tests over the kept window, 0..1; null with no results. */
export function uptimeOf(records: readonly HealthRecord[]): number | null {
  if (!records.length) return null
  return records.filter((r) => r.ok).length / records.length
}

export interface FailingSince {
  /** The earliest failure known after the last known success. */
  since: number
  /** False when failures may have begun before `since` (no known success right before it). */
  exact: boolean
  /** The last known success before the run (a kept one or the Manager's lastConnectedAt). */
  after: number | null
}

/**
 * When the current run of failures began: the earliest failure after the last known success. The
 * last success is the later of a kept success and the Manager's `lastConnectedAt`. `exact` is true
 * when that success is inside the kept window, so no unseen failure can sit between them;
 * otherwise the run may be older ("failing for at least"), but never older than `after`.
 */
export function failingSince(
  records: readonly HealthRecord[],
  lastConnectedAt?: number | null,
): FailingSince | null {
  const last = records.at(-1)
  if (!last || last.ok) return null
  const keptSuccess = records.findLast((r) => r.ok)?.testedAt ?? null
  const after = Math.max(keptSuccess ?? -Infinity, lastConnectedAt ?? -Infinity)
  // The Manager connected after the last failure we know of: nothing says it is failing now.
  if (after >= last.testedAt) return null
  const first = records.find((r) => !r.ok && r.testedAt > after)!
  const known = Number.isFinite(after)
  return {
    since: first.testedAt,
    exact: known && after >= records[0].testedAt,
    after: known ? after : null,
  }
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
