import { queryOptions } from '@tanstack/react-query'

import { requestDto } from '../client'
import { ipAllowlistSchema } from '../schemas/allowlist'

/** Harness Cloud egress IPs (REFERENCE.md §8a, [DOC] only). */
export const networkQueries = {
  all: () => ['network'] as const,
  allowlist: (accountId: string) =>
    queryOptions({
      queryKey: [...networkQueries.all(), 'allowlist', accountId] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ci/ips/allowlist',
          query: { accountIdentifier: accountId },
          schema: ipAllowlistSchema,
          signal,
          permission: 'Harness Cloud: View',
        }),
      staleTime: 10 * 60_000,
      // 401/403 here mean "no access to Harness Cloud APIs" and get the doc's troubleshooting.
      meta: { signOutOn401: false },
    }),
}
