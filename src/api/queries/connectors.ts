import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from '@/lib/zod-mini'

import { requestDto } from '../client'
import { pageResponseSchema } from '../schemas/common'
import {
  connectorCatalogueSchema,
  connectorResponseSchema,
  connectorStatisticsSchema,
  type ConnectorFilter,
} from '../schemas/connector'
import { entitySetupUsageSchema } from '../schemas/setup-usage'
import { ngScopeParams, scopeKey, type Scope } from '../scope'

/** Usages read at once: enough to list them in a dialog; the total says how many there are. */
export const USAGE_PAGE_SIZE = 100

/**
 * A connector's fully qualified name, `account/org/project/identifier` with the absent scopes left
 * out ([SRC] harness-core FullyQualifiedIdentifierHelper; Harness's UI builds the same string for
 * `referredEntityFQN` in EntityUsage.tsx).
 */
export function connectorFqn(scope: Scope, identifier: string) {
  return [scope.accountId, scope.orgId, scope.orgId && scope.projectId, identifier]
    .filter(Boolean)
    .join('/')
}

export interface ConnectorListParams {
  searchTerm?: string
  pageIndex?: number
  pageSize?: number
  /**
   * `field,ASC|DESC`, repeatable (REFERENCE §1, NG pagination): the first decides, the next break
   * ties. Fields are the Connector entity's: `name`, `createdAt`, `lastModifiedAt`, `identifier`,
   * and its stored connectivity, `connectivityDetails.status` and `connectivityDetails.testedAt`
   * [INF: the Manager sorts with Spring Data on the entity's field paths].
   */
  sortOrders?: string | readonly string[]
  filter?: Omit<ConnectorFilter, 'filterType'>
  /** Include connectors of parent scopes (account and org ones, seen from a project). */
  includeParents?: boolean
}

/** Connector reads (REFERENCE.md §5). Keys go from general to specific, so `all()` clears the lot. */
export const connectorQueries = {
  all: () => ['connectors'] as const,
  lists: () => [...connectorQueries.all(), 'list'] as const,
  /** Every cached list page of one scope, whatever its filters and page. */
  listsAt: (scope: Scope) => [...connectorQueries.lists(), scopeKey(scope)] as const,
  list: (scope: Scope, params: ConnectorListParams = {}) =>
    queryOptions({
      queryKey: [...connectorQueries.listsAt(scope), params] as const,
      queryFn: ({ signal }) =>
        requestDto({
          method: 'POST',
          path: '/ng/api/connectors/listV2',
          query: {
            ...ngScopeParams(scope),
            searchTerm: params.searchTerm,
            pageIndex: params.pageIndex ?? 0,
            pageSize: params.pageSize ?? 50,
            sortOrders: params.sortOrders,
            includeAllConnectorsAvailableAtScope: params.includeParents || undefined,
          },
          // listV2 requires the polymorphic filter body (§9.10).
          body: { filterType: 'Connector', ...params.filter },
          safe: true,
          schema: pageResponseSchema(connectorResponseSchema),
          signal,
          permission: 'Connectors: View',
        }),
      placeholderData: keepPreviousData,
    }),
  details: () => [...connectorQueries.all(), 'detail'] as const,
  detail: (scope: Scope, identifier: string) =>
    queryOptions({
      queryKey: [...connectorQueries.details(), scopeKey(scope), identifier] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: `/ng/api/connectors/${encodeURIComponent(identifier)}`,
          query: ngScopeParams(scope),
          schema: connectorResponseSchema,
          signal,
          permission: 'Connectors: View',
        }),
    }),
  /**
   * What refers to a connector (pipelines, services, environments, infrastructure, templates,
   * secrets, other connectors): `GET /ng/api/entitySetupUsage/v2`, by FQN, as Harness's UI reads
   * it ([SRC] harness-core EntitySetupUsageResource listAllEntityUsageByFqn; pageSize ≤ 1000).
   * Under `all()`, so a delete or a refused delete reads it again.
   */
  usages: (scope: Scope, identifier: string) =>
    queryOptions({
      queryKey: [...connectorQueries.all(), 'usages', scopeKey(scope), identifier] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/entitySetupUsage/v2',
          query: {
            accountIdentifier: scope.accountId,
            referredEntityFQN: connectorFqn(scope, identifier),
            referredEntityType: 'Connectors',
            pageIndex: 0,
            pageSize: USAGE_PAGE_SIZE,
          },
          schema: pageResponseSchema(entitySetupUsageSchema),
          signal,
        }),
    }),
  /** The stats of every scope: what tests change. */
  allStats: () => [...connectorQueries.all(), 'stats'] as const,
  stats: (scope: Scope) =>
    queryOptions({
      queryKey: [...connectorQueries.allStats(), scopeKey(scope)] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/connectors/stats',
          query: ngScopeParams(scope),
          schema: connectorStatisticsSchema,
          signal,
          permission: 'Connectors: View',
        }),
    }),
  catalogue: (accountId: string) =>
    queryOptions({
      queryKey: [...connectorQueries.all(), 'catalogue', accountId] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/connectors/catalogue',
          query: { accountIdentifier: accountId },
          schema: connectorCatalogueSchema,
          signal,
        }),
      staleTime: 60 * 60_000,
    }),
  identifierAvailable: (scope: Scope, identifier: string) =>
    queryOptions({
      queryKey: [
        ...connectorQueries.all(),
        'identifier-available',
        scopeKey(scope),
        identifier,
      ] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/connectors/validateUniqueIdentifier',
          query: { ...ngScopeParams(scope), identifier },
          schema: z.boolean(),
          signal,
        }),
      staleTime: 10_000,
    }),
}
