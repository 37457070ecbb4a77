import { describeError } from '@/api/errors'

/**
 * Runs many connection tests with a bounded number in flight. Pure: the caller gives the worker
 * (one test) and gets progress callbacks and a summary, so the rules (bound, cancel, retry the
 * failed ones) are unit-tested without a network.
 */
export type QueueOutcome = 'passed' | 'failed' | 'error' | 'cancelled'

export interface QueueItem {
  key: string
  label: string
}

export interface QueueResult<T extends QueueItem = QueueItem> {
  item: T
  outcome: QueueOutcome
  /**
   * For a failed test: why, in words (the result's summary); for an error: the request's error as
   * `describeError` words it, the same sentence a single Test shows.
   */
  reason?: string
  durationMs?: number
}

export interface QueueProgress {
  total: number
  done: number
  passed: number
  failed: number
  running: number
}

export interface QueueSummary<T extends QueueItem = QueueItem> extends QueueProgress {
  cancelled: number
  results: QueueResult<T>[]
  /** Failed tests and request errors: what "retry the failed ones" runs again. */
  failures: QueueResult<T>[]
}

/** One test. Resolves `passed`/`failed` with a reason; throwing counts as an error (the request failed). */
export type QueueWorker<T extends QueueItem> = (
  item: T,
  signal: AbortSignal,
) => Promise<{ ok: boolean; reason?: string; durationMs?: number }>

export interface QueueOptions {
  concurrency?: number
  signal?: AbortSignal
  onProgress?: (progress: QueueProgress) => void
  onResult?: (result: QueueResult) => void
}

export const DEFAULT_CONCURRENCY = 4

export async function runTestQueue<T extends QueueItem>(
  items: readonly T[],
  worker: QueueWorker<T>,
  options: QueueOptions = {},
): Promise<QueueSummary<T>> {
  const { concurrency = DEFAULT_CONCURRENCY, signal, onProgress, onResult } = options
  const results: QueueResult<T>[] = new Array<QueueResult<T>>(items.length)
  const progress: QueueProgress = { total: items.length, done: 0, passed: 0, failed: 0, running: 0 }
  let next = 0
  const report = () => onProgress?.({ ...progress })

  const settle = (index: number, result: QueueResult<T>) => {
    results[index] = result
    if (result.outcome === 'passed') progress.passed++
    else if (result.outcome !== 'cancelled') progress.failed++
    if (result.outcome !== 'cancelled') progress.done++
    onResult?.(result)
  }

  async function lane() {
    while (next < items.length && !signal?.aborted) {
      const index = next++
      const item = items[index]
      progress.running++
      report()
      const started = Date.now()
      try {
        const { ok, reason, durationMs } = await worker(
          item,
          signal ?? new AbortController().signal,
        )
        settle(index, {
          item,
          outcome: ok ? 'passed' : 'failed',
          reason,
          durationMs: durationMs ?? Date.now() - started,
        })
      } catch (error) {
        // A test cut short by cancel is not a failure of the connector.
        if (signal?.aborted) settle(index, { item, outcome: 'cancelled' })
        else
          settle(index, {
            item,
            outcome: 'error',
            reason: describeError(error),
          })
      }
      progress.running--
      report()
    }
  }

  report()
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane))
  // Items never started because of cancel.
  items.forEach((item, index) => {
    if (!results[index]) results[index] = { item, outcome: 'cancelled' }
  })
  const failures = results.filter((r) => r.outcome === 'failed' || r.outcome === 'error')
  return {
    ...progress,
    running: 0,
    cancelled: results.filter((r) => r.outcome === 'cancelled').length,
    results,
    failures,
  }
}

/** Failures grouped by reason, most common first: "what failed and why" at the end of a run. */
export function groupFailures<T extends QueueItem>(failures: readonly QueueResult<T>[]) {
  const groups = new Map<string, T[]>()
  for (const f of failures) {
    const reason = f.reason || (f.outcome === 'error' ? 'The request failed' : 'Failed')
    groups.set(reason, [...(groups.get(reason) ?? []), f.item])
  }
  return [...groups]
    .map(([reason, groupItems]) => ({ reason, items: groupItems }))
    .sort((a, b) => b.items.length - a.items.length)
}
