import { QueryClient } from '@tanstack/react-query'

import {
  getConnection as read,
  reportAnswer,
  reportReadError,
  resetConnection,
  retryNow,
} from './connection'
import { ApiError, describeError } from './errors'

const network = new ApiError({ kind: 'network', message: 'Failed to fetch', method: 'GET' })

beforeEach(() => resetConnection())
afterEach(() => resetConnection())

describe('connection state', () => {
  it('a read without an answer makes the Manager unreachable, with a retry scheduled', () => {
    reportReadError(network)
    expect(read().status).toBe('unreachable')
    expect(read().since).toBeLessThanOrEqual(Date.now())
    expect(read().retryAt).toBeGreaterThan(Date.now())
  })

  it('an error answer (4xx, 5xx) or a parse error does not count against the connection', () => {
    reportReadError(new ApiError({ kind: 'http', status: 500, message: 'boom', method: 'GET' }))
    reportReadError(new ApiError({ kind: 'parse', message: 'not JSON' }))
    expect(read().status).toBe('online')
  })

  it('any answer brings it back online', () => {
    reportReadError(new ApiError({ kind: 'timeout', message: 'timed out', method: 'GET' }))
    reportAnswer()
    expect(read()).toEqual({ status: 'online', since: null, retryAt: null })
  })

  it('retrying reads again only what failed', async () => {
    vi.useFakeTimers()
    try {
      const client = new QueryClient()
      const { watchConnection } = await import('./connection')
      vi.stubGlobal('window', { addEventListener() {}, removeEventListener() {} })
      vi.stubGlobal('navigator', { onLine: true })
      const stop = watchConnection(client)
      const refetch = vi.spyOn(client, 'refetchQueries')
      reportReadError(network)
      retryNow()
      expect(refetch).toHaveBeenCalledWith(expect.objectContaining({ type: 'active' }))
      const predicate = refetch.mock.calls[0]?.[0]?.predicate
      expect(predicate?.({ state: { status: 'error' } } as never)).toBe(true)
      expect(predicate?.({ state: { status: 'success' } } as never)).toBe(false)
      stop()
    } finally {
      vi.unstubAllGlobals()
      vi.useRealTimers()
    }
  })
})

describe('what a failed write says', () => {
  it('offline: nothing was sent; no answer: it may have happened, check first', () => {
    const offline = new ApiError({
      kind: 'network',
      message: 'Offline',
      method: 'POST',
      sent: false,
    })
    expect(describeError(offline)).toMatch(/nothing was sent and nothing changed/)
    const lost = new ApiError({ kind: 'network', message: 'Failed to fetch', method: 'PUT' })
    expect(describeError(lost)).toMatch(/cannot tell whether the change was made/)
    const slow = new ApiError({ kind: 'timeout', message: 'timed out', method: 'DELETE' })
    expect(describeError(slow)).toMatch(/may or may not have been made/)
    // A read keeps its plain message.
    expect(describeError(network)).toBe(
      'The Manager could not be reached. Check your connection and try again.',
    )
  })
})
