import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { z } from '@/lib/zod-mini'

import { requestRest } from '@/api/client'
import type { DelegateTokenRow } from '@/api/queries/delegates'
import { delegateTokenSchema } from '@/api/schemas/delegate'
import { ngScopeParams, type Scope } from '@/api/scope'

import { syncTokenLists } from './token-cache'

export interface CreateTokenVariables {
  name: string
  /** Epoch ms; absent = never ("There can be a delay of up to one hour", REFERENCE.md §3). */
  revokeAfter?: number
}

/**
 * Create a delegate token (query params only, no body: REFERENCE.md §3, §9.6). `create` resolves
 * to the row and its value for the caller's state alone: the mutation's own result is the row
 * WITHOUT the value, so neither the query cache nor the mutation cache ever holds it (and
 * `gcTime: 0` drops the row at once). A call while one is in flight resolves to undefined, so a
 * double-click creates one token. Neither this nor the other token mutations waits for the list
 * to refetch (see `syncTokenLists`): a failed or timed-out call reports at once.
 */
export function useCreateDelegateToken(scope: Scope) {
  const queryClient = useQueryClient()
  const inFlight = useRef(false)
  const secret = useRef<string | null>(null)
  const mutation = useMutation({
    gcTime: 0,
    mutationFn: async ({ name, revokeAfter }: CreateTokenVariables): Promise<DelegateTokenRow> => {
      const { value, ...row } = await requestRest({
        method: 'POST',
        path: '/ng/api/delegate-token-ng',
        query: { ...ngScopeParams(scope), tokenName: name, revokeAfter },
        schema: delegateTokenSchema,
        permission: 'Delegates: Edit',
      })
      secret.current = value ?? null
      return row
    },
    onSuccess: (row) => syncTokenLists(queryClient, scope, { upsert: row }),
    // A create that timed out may still have happened: read the list again, without waiting.
    onError: () => syncTokenLists(queryClient, scope, null),
  })
  const create = async (variables: CreateTokenVariables) => {
    if (inFlight.current) return undefined
    inFlight.current = true
    try {
      const row = await mutation.mutateAsync(variables)
      return { row, value: secret.current }
    } finally {
      secret.current = null
      inFlight.current = false
    }
  }
  return { ...mutation, create }
}

/** Revoke: the Manager keeps the name for 30 days and tells its delegates to stop (REFERENCE.md §3). */
export function useRevokeDelegateToken(scope: Scope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (name: string): Promise<DelegateTokenRow> => {
      const { value: _value, ...row } = await requestRest({
        method: 'PUT',
        path: '/ng/api/delegate-token-ng',
        query: { ...ngScopeParams(scope), tokenName: name },
        schema: delegateTokenSchema,
        permission: 'Delegates: Delete',
      })
      return row
    },
    onSuccess: (row) => syncTokenLists(queryClient, scope, { upsert: row }),
    onError: () => syncTokenLists(queryClient, scope, null),
  })
}

/** Purge a revoked token (the 2026 DELETE, REFERENCE.md §3; no body documented). */
export function useDeleteDelegateToken(scope: Scope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) =>
      requestRest({
        method: 'DELETE',
        path: '/ng/api/delegate-token-ng',
        query: { ...ngScopeParams(scope), tokenName: name },
        schema: z.unknown(),
        permission: 'Delegates: Delete',
      }),
    onSuccess: (_data, name) => syncTokenLists(queryClient, scope, { remove: name }),
    onError: () => syncTokenLists(queryClient, scope, null),
  })
}
