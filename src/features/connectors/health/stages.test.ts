import { describe, expect, it } from 'vitest'

import { failureKind, stagesOf } from './stages'

// The messages the mock Manager sends (src/mocks/sentinels.ts), as a real Manager phrases them.
const unreachable = {
  status: 'FAILURE' as const,
  errorSummary:
    'Unable to connect to x.invalid. Check the URL, DNS and that the delegate can reach it.',
  errors: [
    {
      reason: 'Unable to connect',
      message: 'Could not resolve host x.invalid: the name does not exist (UnknownHostException).',
    },
  ],
}
const badSecret = {
  status: 'FAILURE' as const,
  errorSummary: 'Authentication failed: secret account.k was not found.',
  errors: [
    {
      reason: 'Invalid credentials',
      message: 'Secret [account.k] does not exist or is not accessible at this scope.',
    },
  ],
}
const noDelegate = {
  status: 'FAILURE' as const,
  errorSummary: 'No eligible delegate was available to run the connection test.',
  errors: [
    {
      reason: 'No eligible delegates',
      message: 'No connected delegate matches the selectors [ci].',
    },
  ],
}

describe('failureKind', () => {
  it('tells an unreachable endpoint from rejected credentials and a missing delegate', () => {
    expect(failureKind(unreachable)).toBe('unreachable')
    expect(failureKind(badSecret)).toBe('credentials')
    expect(failureKind(noDelegate)).toBe('delegate')
    expect(failureKind({ errorSummary: 'HTTP 401 Unauthorized' })).toBe('credentials')
    expect(failureKind({ errorSummary: 'Something odd' })).toBe('other')
  })
})

describe('stagesOf', () => {
  it('passes every stage of a success, and the delegate stage with the delegate that ran it', () => {
    const stages = stagesOf({ status: 'SUCCESS', delegateId: 'd-1a' }, true)
    expect(stages.map((s) => [s.id, s.state])).toEqual([
      ['validation', 'passed'],
      ['delegate', 'passed'],
      ['connection', 'passed'],
      ['authentication', 'passed'],
      ['operation', 'passed'],
    ])
  })

  it('never passes authentication for an unreachable host: it comes after the connection', () => {
    const stages = stagesOf(unreachable, true)
    expect(stages.map((s) => [s.id, s.state])).toEqual([
      ['validation', 'unknown'],
      ['delegate', 'unknown'],
      ['connection', 'failed'],
      ['authentication', 'unknown'],
      ['operation', 'unknown'],
    ])
    expect(stages[2].detail).toContain('UnknownHostException')
    expect(stages[3].detail).toBe('Not reached: the test stopped at connection.')
    expect(stages[0].detail).toBeUndefined()
  })

  it('passes the delegate stage of a failure only when the answer names the delegate', () => {
    const stages = stagesOf({ ...unreachable, delegateId: 'd-1a' }, true)
    expect(stages.map((s) => s.state)).toEqual([
      'unknown',
      'passed',
      'failed',
      'unknown',
      'unknown',
    ])
  })

  it('fails the delegate stage when no delegate can run the test', () => {
    expect(stagesOf(noDelegate, true).map((s) => s.state)).toEqual([
      'unknown',
      'failed',
      'unknown',
      'unknown',
      'unknown',
    ])
  })

  it('claims no stage for a failure it cannot place, and no delegate stage through Harness', () => {
    const stages = stagesOf({ status: 'FAILURE', errorSummary: 'Something odd' }, false)
    expect(stages.map((s) => [s.id, s.state])).toEqual([
      ['validation', 'unknown'],
      ['connection', 'unknown'],
      ['authentication', 'unknown'],
      ['operation', 'unknown'],
    ])
    expect(stagesOf(badSecret, false).map((s) => s.state)).toEqual([
      'unknown',
      'unknown',
      'failed',
      'unknown',
    ])
  })
})
