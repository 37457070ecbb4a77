import { queryOptions } from '@tanstack/react-query'
import { z } from '@/lib/zod-mini'

import { requestRest } from '../client'
import {
  delegateGroupListingSchema,
  delegateTokenSchema,
  latestVersionSchema,
  versionOverridesSchema,
  type DelegateToken,
  type DelegateTokenStatus,
} from '../schemas/delegate'
import { managerScopeParams, ngScopeParams, scopeKey, type Scope } from '../scope'

/**
 * A token as the console keeps it: never with its value. The list endpoint returns values to
 * callers with delegate edit permission (REFERENCE.md §3, §9.4); we drop them before they reach
 * the query cache, so a value only ever exists inside the dialog that shows it once.
 */
export type DelegateTokenRow = Omit<DelegateToken, 'value'>

const withoutValue = ({ value: _value, ...token }: DelegateToken): DelegateTokenRow => token

export const delegateQueries = {
  all: () => ['delegates'] as const,
  /** Every cached token list of a scope (each status filter); the status is the key's last part. */
  tokenLists: (scope: Scope) => [...delegateQueries.all(), 'tokens', scopeKey(scope)] as const,
  tokens: (scope: Scope, status?: DelegateTokenStatus) =>
    queryOptions({
      queryKey: [...delegateQueries.tokenLists(scope), status ?? 'ALL'] as const,
      queryFn: async ({ signal }) => {
        const tokens = await requestRest({
          path: '/ng/api/delegate-token-ng',
          query: { ...ngScopeParams(scope), status },
          schema: z.array(delegateTokenSchema),
          signal,
          permission: 'Delegates: View',
        })
        return tokens.map(withoutValue)
      },
    }),
  /** Delegate groups with heartbeats (manager API: accountId/orgId/projectId). */
  groups: (scope: Scope) =>
    queryOptions({
      queryKey: [...delegateQueries.all(), 'groups', scopeKey(scope)] as const,
      queryFn: async ({ signal }) => {
        const listing = await requestRest({
          method: 'POST',
          path: '/api/setup/delegates/ng/v2',
          query: managerScopeParams(scope),
          body: { filterType: 'Delegate' },
          safe: true,
          schema: delegateGroupListingSchema,
          signal,
          permission: 'Delegates: View',
        })
        return listing.delegateGroupDetails ?? []
      },
    }),
  /** Groups whose delegates use a token (the only way to map tokens to delegates, §9.9). */
  groupsUsingToken: (scope: Scope, tokenName: string) =>
    queryOptions({
      queryKey: [
        ...delegateQueries.all(),
        'groups-using-token',
        scopeKey(scope),
        tokenName,
      ] as const,
      queryFn: async ({ signal }) => {
        const listing = await requestRest({
          path: '/ng/api/delegate-token-ng/delegate-groups',
          query: { ...ngScopeParams(scope), delegateTokenName: tokenName },
          schema: delegateGroupListingSchema,
          signal,
          permission: 'Delegates: View',
        })
        return listing.delegateGroupDetails ?? []
      },
    }),
  latestVersion: (scope: Scope) =>
    queryOptions({
      queryKey: [...delegateQueries.all(), 'latest-version', scopeKey(scope)] as const,
      queryFn: ({ signal }) =>
        requestRest({
          path: '/ng/api/delegate-setup/latest-supported-version',
          query: ngScopeParams(scope),
          schema: latestVersionSchema,
          signal,
        }),
      staleTime: 60 * 60_000,
    }),
  /**
   * Image overrides ("pins") set at the scope (the client's listOverrideDelegateImageTag; not in
   * REFERENCE.md). Only the scope's own: [INF] an override applies to the delegates of its scope.
   */
  overrides: (scope: Scope) =>
    queryOptions({
      queryKey: [...delegateQueries.all(), 'overrides', scopeKey(scope)] as const,
      queryFn: async ({ signal }) => {
        const res = await requestRest({
          path: '/ng/api/delegate-setup/override-delegate-tag',
          query: ngScopeParams(scope),
          schema: versionOverridesSchema,
          signal,
          permission: 'Delegates: View',
        })
        return res.versionOverrides ?? []
      },
    }),
}

/**
 * Read an existing token's value straight for the clipboard, where the API allows it (the caller
 * has delegate edit permission). Deliberately not a query: the value never enters the cache.
 */
export async function fetchTokenValue(scope: Scope, name: string): Promise<string | null> {
  const tokens = await requestRest({
    path: '/ng/api/delegate-token-ng',
    query: { ...ngScopeParams(scope), name },
    schema: z.array(delegateTokenSchema),
    permission: 'Delegates: Edit',
  })
  return tokens.find((t) => t.name === name)?.value ?? null
}
