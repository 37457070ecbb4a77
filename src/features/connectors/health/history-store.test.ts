// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'

import { failingSince, mergeHistory } from './history'
import {
  clearHealthStore,
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
