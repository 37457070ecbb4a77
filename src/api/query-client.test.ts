import { ApiError } from './errors'
import { retryDelay, shouldRetryQuery } from './query-client'

describe('read retries', () => {
  it('retry 5xx, timeouts and network errors up to three times, never 4xx', () => {
    expect(shouldRetryQuery(0, new ApiError({ kind: 'http', status: 503, message: '' }))).toBe(true)
    expect(shouldRetryQuery(0, new ApiError({ kind: 'network', message: '' }))).toBe(true)
    expect(shouldRetryQuery(0, new ApiError({ kind: 'timeout', message: '' }))).toBe(true)
    expect(shouldRetryQuery(3, new ApiError({ kind: 'http', status: 500, message: '' }))).toBe(
      false,
    )
    expect(shouldRetryQuery(0, new ApiError({ kind: 'http', status: 400, message: '' }))).toBe(
      false,
    )
    expect(shouldRetryQuery(0, new ApiError({ kind: 'http', status: 401, message: '' }))).toBe(
      false,
    )
    expect(shouldRetryQuery(0, new ApiError({ kind: 'parse', message: '' }))).toBe(false)
  })

  it('back off exponentially, capped', () => {
    expect([0, 1, 2, 10].map(retryDelay)).toEqual([500, 1000, 2000, 8000])
  })
})
