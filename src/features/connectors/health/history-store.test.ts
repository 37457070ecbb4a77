// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { failingSince, mergeHistory } from './history'
import {
  clearHealthStore,
  flushHealthStore,
  forgetHealth,
  historyKey,
  readHealth,
  recordHealth,
} from './history-store'

const MIN = 60_000
const now = Date.UTC(2026, 10, 23, 12)
const scope = { accountId: 'acc', orgId: 'default' }
const created = now - 30 * 24 * 60 * MIN

describe('health history store', () => {
  beforeEach(() => clearHealthStore())
  afterEach(() => vi.useRealTimers())

  it('answers at once but writes storage at most once a second, and at once when the page goes', () => {
    vi.useFakeTimers()
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const stored = () =>
      setItem.mock.calls.filter(([k]) => k === 'delegate-console:connector-health:v2').length
    for (let i = 0; i < 20; i++) {
      const key = historyKey(scope, `c${i}`, created)
      recordHealth(key, { testedAt: now + i, ok: true })
      expect(readHealth(key)).toHaveLength(1)
    }
    expect(stored()).toBe(0)
    vi.advanceTimersByTime(1000)
    expect(stored()).toBe(1)
    const last = historyKey(scope, 'last', created)
    recordHealth(last, { testedAt: now, ok: false, kind: 'unreachable' })
    window.dispatchEvent(new Event('pagehide'))
    expect(stored()).toBe(2)
    expect(localStorage.getItem('delegate-console:connector-health:v2')).toContain('last')
    flushHealthStore()
    expect(stored()).toBe(2)
  })

  it('keeps the Manager’s earlier failure when a re-test replaces it, so failing-since stays put', () => {
    const key = historyKey(scope, 'akv', created)
    // The Manager's answer before the console's first test: failed at 4:05, connected at 3:00.
    const before = {
      status: 'FAILURE' as const,
      testedAt: now - 49 * MIN,
      lastConnectedAt: now - 114 * MIN,
    }
    recordHealth(key, { testedAt: now, ok: false, kind: 'unreachable' }, before)
    // The Manager's answer after the test carries only the new result.
    const after = {
      status: 'FAILURE' as const,
      testedAt: now,
      lastConnectedAt: before.lastConnectedAt,
    }
    const records = mergeHistory(readHealth(key), after)
    expect(records.map((r) => r.testedAt)).toEqual([now - 49 * MIN, now])
    expect(failingSince(records, after.lastConnectedAt)).toEqual({
      since: now - 49 * MIN,
      exact: false,
      after: now - 114 * MIN,
    })
    // Another failing re-test, a minute later: still the same start.
    recordHealth(key, { testedAt: now + MIN, ok: false }, after)
    const again = mergeHistory(readHealth(key), { ...after, testedAt: now + MIN })
    expect(failingSince(again, after.lastConnectedAt)?.since).toBe(now - 49 * MIN)
  })

  it('keeps a failure run’s start after more re-tests than the window holds', () => {
    const key = historyKey(scope, 'akv', created)
    recordHealth(key, { testedAt: now - 100 * MIN, ok: true })
    for (let i = 0; i < 40; i++) recordHealth(key, { testedAt: now - (60 - i) * MIN, ok: false })
    const records = readHealth(key)
    expect(records).toHaveLength(30)
    expect(failingSince(records)).toEqual({
      since: now - 60 * MIN,
      exact: true,
      after: now - 100 * MIN,
    })
  })

  it('gives a connector created again under the same identifier no history of the deleted one', () => {
    recordHealth(historyKey(scope, 'jenkins_ci', created), { testedAt: now, ok: false })
    expect(readHealth(historyKey(scope, 'jenkins_ci', now + MIN))).toEqual([])
    // Nor does the same identifier at another scope share it.
    expect(readHealth(historyKey({ accountId: 'acc' }, 'jenkins_ci', created))).toEqual([])
  })

  it('forgets a deleted connector and keeps the others', () => {
    recordHealth(historyKey(scope, 'jenkins_ci', created), { testedAt: now, ok: false })
    recordHealth(historyKey(scope, 'jenkins_ci_2', created), { testedAt: now, ok: true })
    forgetHealth(scope, 'jenkins_ci')
    expect(readHealth(historyKey(scope, 'jenkins_ci', created))).toEqual([])
    expect(readHealth(historyKey(scope, 'jenkins_ci_2', created))).toHaveLength(1)
  })

  it('forgets everything on a reset, and drops the version that was keyed by identifier alone', () => {
    recordHealth(historyKey(scope, 'jenkins_ci', created), { testedAt: now, ok: false })
    clearHealthStore()
    expect(readHealth(historyKey(scope, 'jenkins_ci', created))).toEqual([])
    localStorage.setItem(
      'delegate-console:connector-health',
      JSON.stringify({ 'acc/default//jenkins_ci': [{ testedAt: now, ok: false }] }),
    )
    clearHealthStore()
    readHealth(historyKey(scope, 'jenkins_ci', created))
    expect(localStorage.getItem('delegate-console:connector-health')).toBeNull()
  })
})

describe('re-tests a second apart', () => {
  beforeEach(() => clearHealthStore())

  it('keeps both: only the Manager’s copy of a result is matched by time', () => {
    const key = historyKey(scope, 'akv', created)
    recordHealth(key, { testedAt: now, ok: false })
    recordHealth(key, { testedAt: now + 900, ok: false }, { status: 'FAILURE', testedAt: now })
    expect(readHealth(key).map((r) => r.testedAt)).toEqual([now, now + 900])
  })
})
