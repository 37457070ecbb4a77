import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { z } from '@/lib/zod-mini'

import { requestDto } from '@/api/client'
import { connectorQueries } from '@/api/queries/connectors'
import type { PageResponse } from '@/api/schemas/common'
import {
  connectorResponseSchema,
  type ConnectorInfo,
  type ConnectorResponse,
} from '@/api/schemas/connector'
import { ngScopeParams, type Scope } from '@/api/scope'

/**
 * Connector writes (REFERENCE.md §5). Each puts what the Manager answered into the cache and
 * invalidates `connectorQueries.all()` in the background, so lists, details, stats and identifier
 * checks refetch. None waits for that refetch: with the Manager slow a list read retries for a
 * minute, and the save or delete must report at once (issue 20). Mutations never retry
 * (query-client.ts): a create that timed out may still have happened.
 */
function refresh(client: QueryClient) {
  void client.invalidateQueries({ queryKey: connectorQueries.all() })
}

function saved(client: QueryClient, scope: Scope, response: ConnectorResponse) {
  client.setQueryData(
    connectorQueries.detail(scope, response.connector.identifier).queryKey,
    response,
  )
  refresh(client)
}

export function useCreateConnector(scope: Scope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (connector: ConnectorInfo) =>
      requestDto({
        method: 'POST',
        path: '/ng/api/connectors',
        query: ngScopeParams(scope),
        body: { connector },
        schema: connectorResponseSchema,
        permission: 'Connectors: Create/Edit',
      }),
    onSuccess: (response) => saved(queryClient, scope, response),
    onError: () => refresh(queryClient),
  })
}

/** PUT carries the whole connector: the Manager replaces it, so every field is sent. */
export function useUpdateConnector(scope: Scope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (connector: ConnectorInfo) =>
      requestDto({
        method: 'PUT',
        path: '/ng/api/connectors',
        query: ngScopeParams(scope),
        body: { connector },
        schema: connectorResponseSchema,
        permission: 'Connectors: Create/Edit',
      }),
    onSuccess: (response) => saved(queryClient, scope, response),
    onError: () => refresh(queryClient),
  })
}

export interface DeleteConnectorVars {
  identifier: string
  /**
   * `forceDelete=true`: delete it even though other entities refer to it. Without it the Manager
   * refuses a referenced connector (400 ENTITY_REFERENCE_EXCEPTION); with it, it refuses unless the
   * account allows force delete (400 INVALID_REQUEST). [SRC] DefaultConnectorServiceImpl.delete.
   */
  force?: boolean
}

export function useDeleteConnector(scope: Scope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ identifier, force }: DeleteConnectorVars) =>
      requestDto({
        method: 'DELETE',
        path: `/ng/api/connectors/${encodeURIComponent(identifier)}`,
        query: { ...ngScopeParams(scope), forceDelete: force || undefined },
        schema: z.boolean(),
        permission: 'Connectors: Delete',
      }),
    onSuccess: (_deleted, { identifier }) => {
      // The lists this scope reads drop the row at once; their refetch follows.
      queryClient.setQueriesData<PageResponse<ConnectorResponse>>(
        { queryKey: connectorQueries.listsAt(scope) },
        (page) => page && withoutConnector(page, scope, identifier),
      )
      refresh(queryClient)
    },
    onError: () => refresh(queryClient),
  })
}

function withoutConnector(page: PageResponse<ConnectorResponse>, scope: Scope, identifier: string) {
  // A list that includes parent scopes may hold an account connector with the same identifier.
  const isIt = ({ connector: c }: ConnectorResponse) =>
    c.identifier === identifier &&
    (c.orgIdentifier ?? undefined) === scope.orgId &&
    (c.projectIdentifier ?? undefined) === scope.projectId
  const content = page.content.filter((c) => !isIt(c))
  const gone = page.content.length - content.length
  if (!gone) return page
  return {
    ...page,
    content,
    pageItemCount: page.pageItemCount - gone,
    totalItems: page.totalItems - gone,
  }
}
