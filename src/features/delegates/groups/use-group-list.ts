import { useQuery } from '@tanstack/react-query'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'

import {
  applyGroupFilters,
  countGroups,
  hasFilters,
  typeOptions,
  type GroupFilters,
} from './use-group-filters'

/** How often the list refreshes while open: delegates beat about every 30 s. */
const REFRESH_MS = 20_000

/**
 * The scope's groups, what the filters leave of them, and what the page needs to say about both:
 * the counts (always over every group), the types to offer and whether anything is filtered.
 */
export function useGroupList(scope: Scope, filters: GroupFilters) {
  const { token } = filters
  const groups = useQuery({ ...delegateQueries.groups(scope), refetchInterval: REFRESH_MS })
  const latest = useQuery(delegateQueries.latestVersion(scope))
  // The group listing has no token names (REFERENCE.md §9.9): ask which groups use the token.
  const using = useQuery({
    ...delegateQueries.groupsUsingToken(scope, token ?? ''),
    enabled: !!token,
    refetchInterval: REFRESH_MS,
  })
  const all = groups.data ?? []
  // undefined while it loads, null when it could not be read (then no version hint or count).
  const latestVersion = latest.isError ? null : latest.data?.latestSupportedVersion
  const types = typeOptions(all, filters.type)
  const type = filters.type && types.includes(filters.type) ? filters.type : null
  const rows = applyGroupFilters(all, filters, {
    latest: latestVersion,
    usingToken: new Set(using.data?.map((g) => g.delegateGroupIdentifier ?? '')),
    type,
  })
  const failed = [groups, token ? using : null, filters.behind ? latest : null].filter(
    (q) => q?.isError,
  )
  return {
    all,
    /** The groups were read (an empty list included). */
    loaded: !!groups.data,
    rows,
    counts: countGroups(all, latestVersion),
    latest: latestVersion,
    types,
    type,
    filtered: hasFilters(filters, type),
    waiting:
      groups.isPending || (!!token && using.isPending) || (filters.behind && latest.isPending),
    error: failed[0]?.error ?? null,
    /** A refresh of the groups failed and the list shows what it read before (its time). */
    stale: groups.isError && !!groups.data && failed.length === 1,
    updatedAt: groups.dataUpdatedAt,
    retry: () => void failed.forEach((q) => void q?.refetch()),
  }
}
