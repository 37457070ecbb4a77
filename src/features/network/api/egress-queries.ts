import { queryOptions } from '@tanstack/react-query'

import { connectorQueries } from '@/api/queries/connectors'
import type { ConnectorResponse } from '@/api/schemas/connector'
import { scopeKey, type Scope } from '@/api/scope'

/** listV2 allows at most 100 a page (REFERENCE.md §1); 100 pages is 10,000 connectors. */
const PAGE_SIZE = 100
const MAX_PAGES = 100

export interface ScopeConnectors {
  connectors: ConnectorResponse[]
  totalItems: number
  /** More connectors exist than the plan read (over MAX_PAGES pages). */
  truncated: boolean
}

/**
 * Every connector visible at the scope (its own and its parents'), read page by page through the
 * shared `connectorQueries.list` options. The record sits under `connectorQueries.all()`, so a
 * connector change (which invalidates all of it) refreshes the plan too; not under `lists()`,
 * where every entry is one listV2 page.
 */
export const egressQueries = {
  connectors: (scope: Scope) =>
    queryOptions({
      queryKey: [...connectorQueries.all(), 'all-pages', scopeKey(scope)] as const,
      queryFn: async ({ client }): Promise<ScopeConnectors> => {
        const connectors: ConnectorResponse[] = []
        let totalPages = 1
        let totalItems = 0
        for (let pageIndex = 0; pageIndex < Math.min(totalPages, MAX_PAGES); pageIndex++) {
          const page = await client.fetchQuery(
            connectorQueries.list(scope, { includeParents: true, pageSize: PAGE_SIZE, pageIndex }),
          )
          connectors.push(...page.content)
          totalPages = page.totalPages
          totalItems = page.totalItems
          if (page.content.length === 0) break
        }
        return { connectors, totalItems, truncated: totalPages > MAX_PAGES }
      },
    }),
}
