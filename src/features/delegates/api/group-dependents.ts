import { queryOptions } from '@tanstack/react-query'

import { connectorQueries } from '@/api/queries/connectors'
import { delegateQueries } from '@/api/queries/delegates'
import { scopeAndParents, scopeKey, type Scope } from '@/api/scope'

import { groupKey, type ScopeConnectors, type ScopedGroup } from '../lib/dependents'
import { scopesServed } from './revoke-impact'

/**
 * Every connector a group could serve, with the groups each may use instead: the connectors of the
 * group's scope and of every organization and project below it, each with the groups of its own
 * scope and the scopes above. Reads at most 100 connectors per scope (listV2's page), as the
 * revoke check does. Split by `dependentsOf` (lib/dependents.ts).
 */
export const groupDependentsQuery = (scope: Scope) =>
  queryOptions({
    queryKey: [...delegateQueries.all(), 'dependents', scopeKey(scope)] as const,
    queryFn: async ({ client }): Promise<ScopeConnectors[]> => {
      const scopes = await scopesServed(client, scope)
      const groupCache = new Map<string, Promise<ScopedGroup[]>>()
      const groupsAt = (s: Scope) => {
        const key = JSON.stringify(scopeKey(s))
        if (!groupCache.has(key))
          groupCache.set(
            key,
            client
              .fetchQuery(delegateQueries.groups(s))
              .then((groups) =>
                groups.map((group) => ({ group, key: groupKey(s, group.delegateGroupIdentifier) })),
              ),
          )
        return groupCache.get(key)!
      }
      return Promise.all(
        scopes.map(async ({ scope: s, where }) => {
          const [connectors, groups] = await Promise.all([
            client.fetchQuery(connectorQueries.list(s, { pageSize: 100 })),
            Promise.all(scopeAndParents(s).map(groupsAt)).then((lists) => lists.flat()),
          ])
          return { scope: s, where, connectors: connectors.content, groups }
        }),
      )
    },
    staleTime: 30_000,
  })
