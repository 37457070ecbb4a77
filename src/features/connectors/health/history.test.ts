import { describe, expect, it } from 'vitest'

import { describeFailing, failingSince, mergeHistory, uptimeOf } from './history'

const HOUR = 3_600_000
const now = Date.UTC(2026, 10, 23, 12)

describe('health history', () => {
  it('adds the Manager’s last result once, oldest first', () => {
    const kept = [{ testedAt: now - 2 * HOUR, ok: true }]
    const merged = mergeHistory(kept, { status: 'FAILURE', testedAt: now - HOUR })
    expect(merged).toEqual([
      { testedAt: now - 2 * HOUR, ok: true },
      { testedAt: now - HOUR, ok: false },
    ])
    expect(mergeHistory(merged, { status: 'FAILURE', testedAt: now - HOUR })).toHaveLength(2)
    expect(mergeHistory([], { status: 'UNKNOWN', testedAt: null })).toEqual([])
  })

  it('computes uptime over the kept window and when the failures began', () => {
    const records = [true, false, true, false, false].map((ok, i) => ({
      testedAt: now - (5 - i) * HOUR,
      ok,
    }))
    expect(uptimeOf(records)).toBeCloseTo(0.4)
    expect(failingSince(records)).toEqual({
      since: now - 2 * HOUR,
      exact: true,
      after: now - 3 * HOUR,
    })
    expect(describeFailing({ since: now - 2 * HOUR, exact: true }, now)).toBe(
      'Failing since 2 hours ago',
    )
    expect(failingSince(records.slice(0, 3))).toBeNull()
  })

  it('says "at least" when no kept success precedes the failures', () => {
    const failing = failingSince([{ testedAt: now - 3 * HOUR, ok: false }])
    expect(failing).toEqual({ since: now - 3 * HOUR, exact: false, after: null })
    expect(describeFailing(failing!, now)).toBe('Failing for at least 3 hours')
    expect(describeFailing({ since: now - 5_000, exact: false }, now)).toBeNull()
  })
})

describe('failing since, from the last known success', () => {
  const fail = (minutesAgo: number) => ({ testedAt: now - minutesAgo * 60_000, ok: false })
  const pass = (minutesAgo: number) => ({ testedAt: now - minutesAgo * 60_000, ok: true })

  it('is the earliest failure after the last success, whatever order results arrive in', () => {
    const records = mergeHistory([fail(10), pass(50), fail(30), fail(40)], null)
    expect(failingSince(records)).toEqual({
      since: now - 40 * 60_000,
      exact: true,
      after: now - 50 * 60_000,
    })
  })

  it('is bounded by the Manager’s lastConnectedAt when no kept success is later', () => {
    // Kept: failures at 40 and 10 minutes ago; the Manager connected 20 minutes ago.
    expect(failingSince([fail(40), fail(10)], now - 20 * 60_000)).toEqual({
      since: now - 10 * 60_000,
      exact: true,
      after: now - 20 * 60_000,
    })
    // It connected before anything kept: the run may be older than the first kept failure.
    expect(failingSince([fail(40), fail(10)], now - 90 * 60_000)).toEqual({
      since: now - 40 * 60_000,
      exact: false,
      after: now - 90 * 60_000,
    })
  })

  it('is not failing when the Manager connected after the last kept failure', () => {
    expect(failingSince([fail(40)], now - 5 * 60_000)).toBeNull()
  })
})
