import type { QueryClient } from '@tanstack/react-query'

import { connectorQueries, type ConnectorListParams } from '@/api/queries/connectors'
import type { ConnectorResponse } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

import { ownScope, targetKey } from './test'

/** listV2 allows 100 a page (REFERENCE §5). */
const PAGE_SIZE = 100

/**
 * Every connector a list with these filters shows, a page at a time, for work over all of them
 * (test all, export). Paged in creation order, which tests never change, not in the list's order:
 * sorted by status, a tested connector would move between pages and be seen twice or skipped.
 * The set can still change between pages, so no connector is yielded twice. Pages leave the
 * cache at once (gcTime 0): they are not a view.
 */
export async function* connectorPages(
  queryClient: QueryClient,
  scope: Scope,
  params: ConnectorListParams,
  signal?: AbortSignal,
): AsyncGenerator<{ rows: ConnectorResponse[]; total: number }> {
  const seen = new Set<string>()
  for (let pageIndex = 0; !signal?.aborted; pageIndex++) {
    const page = await queryClient.fetchQuery({
      ...connectorQueries.list(scope, {
        ...params,
        pageIndex,
        pageSize: PAGE_SIZE,
        sortOrders: ['createdAt,ASC', 'identifier,ASC'],
      }),
      staleTime: 0,
      gcTime: 0,
    })
    const rows = page.content.filter((row) => {
      const key = targetKey(ownScope(scope.accountId, row.connector), row.connector.identifier)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    yield { rows, total: page.totalItems }
    if (pageIndex + 1 >= page.totalPages) return
  }
}
