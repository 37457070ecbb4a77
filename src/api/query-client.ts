import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { reportAnswer, reportReadError } from './connection'
import { isApiError } from './errors'
import { unauthorized } from './unauthorized'

/** Reads retry with backoff on 5xx, timeouts and network errors; 4xx never; mutations never on their own. */
export function shouldRetryQuery(failureCount: number, error: unknown) {
  return failureCount < 3 && isApiError(error) && error.isTransient
}

export function retryDelay(attempt: number) {
  return Math.min(500 * 2 ** attempt, 8_000)
}

export function createQueryClient() {
  // A query can opt out with `meta: { signOutOn401: false }`: the CI allowlist API answers 401 for
  // a key without Harness Cloud access, which is not an expired session (seed 003).
  const handleError = (error: unknown, meta?: Record<string, unknown>) => {
    if (isApiError(error) && error.isUnauthorized && meta?.signOutOn401 !== false) unauthorized()
    // An error answer is still an answer: the Manager is reachable (connection.ts).
    if (isApiError(error) && error.kind === 'http') reportAnswer()
  }
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        handleError(error, query.meta)
        reportReadError(error)
      },
      onSuccess: reportAnswer,
    }),
    mutationCache: new MutationCache({
      onError: (error, _v, _c, mutation) => handleError(error, mutation.meta),
      onSuccess: reportAnswer,
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay,
        staleTime: 15_000,
        refetchOnWindowFocus: false,
      },
      // Never retried on their own (a retry could do it twice), and run while offline so the
      // admin hears at once that nothing was sent, instead of a mutation paused until reconnect.
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}
