import { queryOptions } from '@tanstack/react-query'

import { requestDto } from '../client'
import { pageResponseSchema } from '../schemas/common'
import { secretResponseSchema, type SecretType } from '../schemas/secret'
import { ngScopeParams, scopeKey, type Scope } from '../scope'

/** Secrets visible at a scope (its own and its parents'), for the secret pickers (REFERENCE.md §7). */
export const secretQueries = {
  all: () => ['secrets'] as const,
  visible: (scope: Scope, types?: SecretType[]) =>
    queryOptions({
      queryKey: [...secretQueries.all(), scopeKey(scope), types ?? []] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/v2/secrets',
          query: {
            ...ngScopeParams(scope),
            types,
            includeAllSecretsAccessibleAtScope: true,
            pageSize: 100,
          },
          schema: pageResponseSchema(secretResponseSchema),
          signal,
          permission: 'Secrets: View',
        }),
      staleTime: 60_000,
    }),
}
