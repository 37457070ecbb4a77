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
  it('passes every stage of a success and names the delegate it ran through', () => {
    const stages = stagesOf({ status: 'SUCCESS', delegateId: 'd-1a' }, true)
    expect(stages.map((s) => s.state)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed'])
    expect(stages[1].detail).toContain('d-1a')
  })

  it('fails the connection stage of an unreachable host and does not run the operation', () => {
    const stages = stagesOf(unreachable, true)
    expect(stages.map((s) => [s.id, s.state])).toEqual([
      ['validation', 'passed'],
      ['delegate', 'passed'],
      ['authentication', 'passed'],
      ['connection', 'failed'],
      ['operation', 'not-run'],
    ])
    expect(stages[3].detail).toContain('UnknownHostException')
  })

  it('fails the delegate stage when no delegate can run the test', () => {
    expect(stagesOf(noDelegate, true).map((s) => s.state)).toEqual([
      'passed',
      'failed',
      'not-run',
      'not-run',
      'not-run',
    ])
  })
})
