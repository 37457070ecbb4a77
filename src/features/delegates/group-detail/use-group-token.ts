import { useQueries, useQuery } from '@tanstack/react-query'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'

/**
 * The token a group's delegates use. The group listing has no token name (REFERENCE.md §4c,
 * §9.9), so ask, for each token of the scope, which groups use it, and find this group.
 * `undefined` while asking; `null` when no token of the scope lists it.
 */
export function useGroupToken(scope: Scope, identifier: string) {
  const tokens = useQuery(delegateQueries.tokens(scope))
  const using = useQueries({
    queries: (tokens.data ?? []).map((t) => delegateQueries.groupsUsingToken(scope, t.name)),
  })
  if (tokens.isError || using.some((u) => u.isError)) return { token: undefined, failed: true }
  if (tokens.isPending || using.some((u) => u.isPending)) return { token: undefined, failed: false }
  const at = using.findIndex((u) =>
    (u.data ?? []).some((g) => g.delegateGroupIdentifier === identifier),
  )
  return { token: at < 0 ? null : (tokens.data?.[at] ?? null), failed: false }
}
