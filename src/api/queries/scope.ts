import { queryOptions } from '@tanstack/react-query'
import { z } from '@/lib/zod-mini'

import { requestDto } from '../client'
import { pageResponseSchema } from '../schemas/common'
import { organizationResponseSchema, projectResponseSchema } from '../schemas/scope'

/** Organizations and projects for the scope switcher (REFERENCE.md §7). */
export const scopeQueries = {
  all: () => ['scope'] as const,
  organizations: (accountId: string) =>
    queryOptions({
      queryKey: [...scopeQueries.all(), 'organizations', accountId] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/organizations',
          query: { accountIdentifier: accountId, pageSize: 100 },
          schema: pageResponseSchema(organizationResponseSchema),
          signal,
          permission: 'Organizations: View',
        }),
      staleTime: 5 * 60_000,
    }),
  projects: (accountId: string) =>
    queryOptions({
      queryKey: [...scopeQueries.all(), 'projects', accountId] as const,
      // hasModule defaults to true on the Manager, which would hide projects with no module enabled.
      queryFn: ({ signal }) =>
        requestDto({
          path: '/ng/api/projects',
          query: { accountIdentifier: accountId, hasModule: false, pageSize: 100 },
          schema: pageResponseSchema(projectResponseSchema),
          signal,
          permission: 'Projects: View',
        }),
      staleTime: 5 * 60_000,
    }),
}

export type ScopeOption = z.infer<typeof organizationResponseSchema>
