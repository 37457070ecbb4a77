// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { ApiError, describeError } from '@/api/errors'

import { groupFailures, runTestQueue, type QueueItem, type QueueProgress } from './test-queue'

const items = (n: number): QueueItem[] =>
  Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `Connector ${i}` }))

/** A worker whose calls stay open until the test resolves them, to observe what runs at once. */
function controlledWorker() {
  const open = new Map<string, (r: { ok: boolean; reason?: string }) => void>()
  let peak = 0
  const worker = (item: QueueItem, signal: AbortSignal) =>
    new Promise<{ ok: boolean; reason?: string }>((resolve, reject) => {
      open.set(item.key, resolve)
      peak = Math.max(peak, open.size)
      signal.addEventListener('abort', () => reject(new Error('aborted')))
    }).finally(() => open.delete(item.key))
  const settleAll = async (ok: (key: string) => boolean) => {
    while (open.size) {
      for (const [key, resolve] of [...open])
        resolve(ok(key) ? { ok: true } : { ok: false, reason: 'The endpoint was unreachable' })
      await new Promise((r) => setTimeout(r, 0))
    }
  }
  return { worker, open, settleAll, peak: () => peak }
}

describe('runTestQueue', () => {
  it('never runs more than the concurrency bound at once, and tests every item', async () => {
    const w = controlledWorker()
    const progress: QueueProgress[] = []
    const run = runTestQueue(items(10), w.worker, {
      concurrency: 4,
      onProgress: (p) => progress.push(p),
    })
    await new Promise((r) => setTimeout(r, 0))
    expect(w.open.size).toBe(4)
    await w.settleAll(() => true)
    const summary = await run
    expect(w.peak()).toBe(4)
    expect(summary).toMatchObject({ total: 10, done: 10, passed: 10, failed: 0, cancelled: 0 })
    expect(progress.every((p) => p.running <= 4)).toBe(true)
    expect(progress.at(-1)).toMatchObject({ done: 10, running: 0 })
  })

  it('summarises what failed and why, and keeps failed items for "retry the failed ones"', async () => {
    const w = controlledWorker()
    const run = runTestQueue(items(6), w.worker, { concurrency: 2 })
    await w.settleAll((key) => !['c1', 'c4'].includes(key))
    const summary = await run
    expect(summary).toMatchObject({ passed: 4, failed: 2 })
    expect(summary.failures.map((f) => f.item.key)).toEqual(['c1', 'c4'])
    expect(groupFailures(summary.failures)).toEqual([
      {
        reason: 'The endpoint was unreachable',
        items: [
          { key: 'c1', label: 'Connector 1' },
          { key: 'c4', label: 'Connector 4' },
        ],
      },
    ])

    const retry = controlledWorker()
    const again = runTestQueue(
      summary.failures.map((f) => f.item),
      retry.worker,
    )
    await retry.settleAll(() => true)
    expect(await again).toMatchObject({ total: 2, passed: 2, failed: 0 })
  })

  it('counts a request that throws as a failure with its message', async () => {
    const summary = await runTestQueue(items(2), (item) =>
      item.key === 'c0'
        ? Promise.reject(new Error('The Manager had a problem (500).'))
        : Promise.resolve({ ok: true }),
    )
    expect(summary.failures).toEqual([
      expect.objectContaining({ outcome: 'error', reason: 'The Manager had a problem (500).' }),
    ])
  })

  it.each([
    [
      'network loss',
      new ApiError({ kind: 'network', message: 'Failed to fetch' }),
      /could not be reached/,
    ],
    [
      'a 401',
      new ApiError({ kind: 'http', status: 401, message: 'Token is not valid.' }),
      /API key was rejected\. Sign in again/,
    ],
    [
      'a 403',
      new ApiError({
        kind: 'http',
        status: 403,
        message: 'Missing permission to perform this action.',
        permission: 'Connectors: View',
      }),
      /"Connectors: View" permission/,
    ],
    [
      'a malformed body',
      new ApiError({ kind: 'parse', status: 200, message: 'the body is not JSON' }),
      /does not understand/,
    ],
  ])('words %s as the rest of the console does, not as the raw message', async (_, error, says) => {
    const summary = await runTestQueue(items(3), () => Promise.reject(error))
    const [group] = groupFailures(summary.failures)
    expect(group.reason).toBe(describeError(error))
    expect(group.reason).toMatch(says)
    expect(group.reason).not.toBe(error.message)
    expect(group.items).toHaveLength(3)
  })

  it('cancel aborts the running tests and never starts the pending ones', async () => {
    const w = controlledWorker()
    const controller = new AbortController()
    const started: string[] = []
    const run = runTestQueue(
      items(10),
      (item, signal) => {
        started.push(item.key)
        return w.worker(item, signal)
      },
      { concurrency: 3, signal: controller.signal },
    )
    await new Promise((r) => setTimeout(r, 0))
    // Two finish, then the user cancels while three are in flight.
    w.open.get('c0')!({ ok: true })
    w.open.get('c1')!({ ok: false, reason: 'The credentials were rejected' })
    await new Promise((r) => setTimeout(r, 0))
    controller.abort()
    const summary = await run
    expect(started).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect(summary).toMatchObject({ total: 10, done: 2, passed: 1, failed: 1, cancelled: 8 })
    expect(summary.results.filter((r) => r.outcome === 'cancelled').map((r) => r.item.key)).toEqual(
      ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'],
    )
  })
})
