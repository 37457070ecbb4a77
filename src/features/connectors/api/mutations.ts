import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from '@/lib/zod-mini'

import { requestDto } from '@/api/client'
import { connectorQueries } from '@/api/queries/connectors'
import { connectorResponseSchema, type ConnectorInfo } from '@/api/schemas/connector'
import { ngScopeParams, type Scope } from '@/api/scope'

/**
 * Connector writes (REFERENCE.md §5). Each invalidates `connectorQueries.all()`, so lists, details,
 * stats and identifier checks refetch. Mutations never retry (query-client.ts): a create that
 * timed out may still have happened.
 */
function useInvalidateConnectors() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: connectorQueries.all() })
}

export function useCreateConnector(scope: Scope) {
  const invalidate = useInvalidateConnectors()
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
    onSuccess: invalidate,
  })
}

/** PUT carries the whole connector: the Manager replaces it, so every field is sent. */
export function useUpdateConnector(scope: Scope) {
  const invalidate = useInvalidateConnectors()
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
    onSuccess: invalidate,
  })
}

export function useDeleteConnector(scope: Scope) {
  const invalidate = useInvalidateConnectors()
  return useMutation({
    mutationFn: (identifier: string) =>
      requestDto({
        method: 'DELETE',
        path: `/ng/api/connectors/${encodeURIComponent(identifier)}`,
        query: ngScopeParams(scope),
        schema: z.boolean(),
        permission: 'Connectors: Delete',
      }),
    onSuccess: invalidate,
  })
}
