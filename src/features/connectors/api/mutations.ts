import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { requestDto } from '@/api/client'
import { connectorQueries } from '@/api/queries/connectors'
import {
  connectorResponseSchema,
  connectorValidationResultSchema,
  type ConnectorInfo,
} from '@/api/schemas/connector'
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

/**
 * Runs the Manager's connection test on a saved connector (it tests stored connectors only, so
 * the wizard saves first). The result, even a FAILURE, is data, not an error (STYLE principle 8).
 */
export function useTestConnector(scope: Scope) {
  const invalidate = useInvalidateConnectors()
  return useMutation({
    mutationFn: (identifier: string) =>
      requestDto({
        method: 'POST',
        path: `/ng/api/connectors/testConnection/${encodeURIComponent(identifier)}`,
        query: ngScopeParams(scope),
        schema: connectorValidationResultSchema,
        permission: 'Connectors: View',
        // The Manager waits for a delegate task; give it longer than ordinary calls.
        timeoutMs: 120_000,
      }),
    onSettled: invalidate,
  })
}
