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

/**
 * What to test: a list, or pages of one as they arrive (each with the total the server counts), so
 * a run over a whole account starts with the first page instead of after the last.
 */
export type QueueSource<T> =
  readonly T[] | AsyncIterable<{ items: readonly T[]; total: number }, void, undefined>

/**
 * Hands out items to the lanes in order. A stream is read one chunk at a time and only when the
 * lanes need more, so its pages are fetched while earlier tests run.
 */
type Next<T> = { item: T; index: number } | undefined

function feeder<T>(source: QueueSource<T>, onTotal: (total: number) => void) {
  const buffer: T[] = []
  let taken = 0
  let pulling: Promise<void> | null = null
  let exhausted = false
  if (!(Symbol.asyncIterator in source)) {
    buffer.push(...source)
    exhausted = true
  }
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : null
  const pull = async () => {
    const chunk = await iterator!.next()
    if (chunk.done) exhausted = true
    else {
      buffer.push(...chunk.value.items)
      // Never less than what was handed out: a connector created meanwhile adds to the count.
      onTotal(Math.max(chunk.value.total, buffer.length))
    }
  }
  return {
    /**
     * The next item, or undefined once the source has no more. Synchronous while items wait, so
     * a list's first tests start in the same task as the run.
     */
    take(): Next<T> | Promise<Next<T>> {
      if (taken < buffer.length) {
        const index = taken++
        return { item: buffer[index], index }
      }
      if (exhausted) return undefined
      pulling ??= pull().finally(() => (pulling = null))
      return pulling.then(() => this.take())
    },
    /** Every item read so far (a cancelled stream is not read further). */
    items: () => buffer as readonly T[],
    stop: () => void iterator?.return?.(),
  }
}

export async function runTestQueue<T extends QueueItem>(
  source: QueueSource<T>,
  worker: QueueWorker<T>,
  options: QueueOptions = {},
): Promise<QueueSummary<T>> {
  const { concurrency = DEFAULT_CONCURRENCY, signal, onProgress, onResult } = options
  const results: QueueResult<T>[] = []
  const initial = Symbol.asyncIterator in source ? 0 : source.length
  const progress: QueueProgress = { total: initial, done: 0, passed: 0, failed: 0, running: 0 }
  const report = () => onProgress?.({ ...progress })
  const feed = feeder(source, (total) => {
    progress.total = total
    report()
  })

  const settle = (index: number, result: QueueResult<T>) => {
    results[index] = result
    if (result.outcome === 'passed') progress.passed++
    else if (result.outcome !== 'cancelled') progress.failed++
    if (result.outcome !== 'cancelled') progress.done++
    onResult?.(result)
  }

  async function lane() {
    while (!signal?.aborted) {
      const taken = feed.take()
      const next = taken instanceof Promise ? await taken : taken
      if (!next || signal?.aborted) break
      const { item, index } = next
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
  try {
    const lanes = Math.max(1, Math.min(concurrency, initial || concurrency))
    await Promise.all(Array.from({ length: lanes }, lane))
  } finally {
    feed.stop()
  }
  // Items never started because of cancel: the ones read, and those the server counted but the
  // run never read (they have no name yet, so they are counted, not listed).
  const read = feed.items()
  read.forEach((item, index) => {
    if (!results[index]) results[index] = { item, outcome: 'cancelled' }
  })
  const failures = results.filter((r) => r.outcome === 'failed' || r.outcome === 'error')
  return {
    ...progress,
    total: Math.max(progress.total, read.length),
    running: 0,
    cancelled:
      results.filter((r) => r.outcome === 'cancelled').length +
      Math.max(0, progress.total - read.length),
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
