import { queryOptions, type QueryClient } from '@tanstack/react-query'

import { connectorQueries } from '@/api/queries/connectors'
import { delegateQueries } from '@/api/queries/delegates'
import { scopeQueries } from '@/api/queries/scope'
import type { DelegateGroup } from '@/api/schemas/delegate'
import { scopeAndParents, scopeKey, type Scope } from '@/api/scope'

import { connectorsLeftWithoutDelegate } from '../lib/impact'

/** A connector left with no delegate, and where it lives (empty at the revoking scope). */
export interface OrphanedConnector {
  identifier: string
  name: string
  selectors: string[]
  /** "Default" or "Default / CD Platform" for a connector below the revoking scope. */
  where: string
}

interface ScopeWithName {
  scope: Scope
  where: string
}

/**
 * The scope and every scope below it: a token's delegates serve the connectors of their own scope
 * and of every organization and project under it (an account delegate serves them all).
 */
export async function scopesServed(client: QueryClient, scope: Scope): Promise<ScopeWithName[]> {
  const own = [{ scope, where: '' }]
  if (scope.projectId) return own
  const [orgs, projects] = await Promise.all([
    scope.orgId ? null : client.fetchQuery(scopeQueries.organizations(scope.accountId)),
    client.fetchQuery(scopeQueries.projects(scope.accountId)),
  ])
  const orgName = (id: string) =>
    orgs?.content.find((o) => o.organization.identifier === id)?.organization.name ?? id
  const below = [
    ...(orgs?.content ?? []).map(({ organization: o }) => ({
      scope: { accountId: scope.accountId, orgId: o.identifier },
      where: o.name,
    })),
    ...projects.content.flatMap(({ project: p }) =>
      p.orgIdentifier && (!scope.orgId || p.orgIdentifier === scope.orgId)
        ? [
            {
              scope: {
                accountId: scope.accountId,
                orgId: p.orgIdentifier,
                projectId: p.identifier,
              },
              where: scope.orgId ? p.name : `${orgName(p.orgIdentifier)} / ${p.name}`,
            },
          ]
        : [],
    ),
  ]
  return [...own, ...below]
}

/**
 * What revoking `token` at `scope` leaves without a delegate: the connectors of the scope and of
 * every organization and project below it whose selectors only the token's delegates matched.
 * A connector may use delegates of its own scope and of the scopes above it, so those count as
 * remaining. Reads at most 100 connectors per scope (listV2's page).
 */
export const revokeImpactQuery = (scope: Scope, token: string) =>
  queryOptions({
    // Not under delegateQueries.all(): revoking invalidates that root, and this answer (which
    // reads every scope's connectors) would be read again each time for nothing.
    queryKey: ['revoke-impact', scopeKey(scope), token] as const,
    queryFn: async ({ client }) => {
      const [leaving, scopes] = await Promise.all([
        client.fetchQuery(delegateQueries.groupsUsingToken(scope, token)),
        scopesServed(client, scope),
      ])
      const groupCache = new Map<string, Promise<DelegateGroup[]>>()
      const groupsAt = (s: Scope) => {
        const key = JSON.stringify(scopeKey(s))
        if (!groupCache.has(key))
          groupCache.set(key, client.fetchQuery({ ...delegateQueries.groups(s), staleTime: 0 }))
        return groupCache.get(key)!
      }
      const perScope = await Promise.all(
        scopes.map(async ({ scope: s, where }) => {
          const [connectors, groups] = await Promise.all([
            client.fetchQuery({ ...connectorQueries.list(s, { pageSize: 100 }), staleTime: 0 }),
            Promise.all(scopeAndParents(s).map(groupsAt)).then((lists) => lists.flat()),
          ])
          return connectorsLeftWithoutDelegate(connectors.content, groups, leaving).map(
            (c): OrphanedConnector => ({ ...c, where }),
          )
        }),
      )
      return { leaving, orphaned: perScope.flat() }
    },
    staleTime: 0,
    gcTime: 0,
  })
