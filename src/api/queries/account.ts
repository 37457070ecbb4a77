import { queryOptions } from '@tanstack/react-query'

import { requestDto } from '../client'
import { accountSchema, userInfoSchema } from '../schemas/account'

/** The account and the key's user, named in the sidebar (Harness's client: getAccountNg, getCurrentUserInfo). */
export const accountQueries = {
  all: () => ['account'] as const,
  account: (accountId: string) =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'details', accountId] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: `/ng/api/accounts/${encodeURIComponent(accountId)}`,
          // [INF] The client sends none; the gateway routes by account, so the console names it.
          query: { accountIdentifier: accountId },
          schema: accountSchema,
          signal,
        }),
      staleTime: 30 * 60_000,
      retry: false,
    }),
  currentUser: (accountId: string) =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'user', accountId] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/user/currentUser',
          query: { accountIdentifier: accountId },
          schema: userInfoSchema,
          signal,
        }),
      staleTime: 30 * 60_000,
      // A service account's key has no user: one answer is enough.
      retry: false,
    }),
}
