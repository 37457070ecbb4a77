import { useCallback } from 'react'

import type { DelegateGroup } from '@/api/schemas/delegate'
import { useUrlParams } from '@/hooks/use-url-params'

import { DELEGATE_TYPE_LABEL } from '../lib/delegate-type'
import { isBehind } from '../lib/versions'
import { groupState, groupVersionOf, isGroupState, type GroupState } from './group-state'

export interface GroupFilters {
  /** Part of a group's name, identifier or one of its selectors (tags), any case. */
  q: string
  status: GroupState | null
  /** A DelegateType constant (`DOCKER`); checked against the list by `knownType`. */
  type: string | null
  /** Only groups behind the latest supported delegate version. */
  behind: boolean
  /** Only groups whose delegates use this token (the tokens page links here). */
  token: string | null
  /** Only this group (a connection test's result links here). */
  group: string | null
}

export type GroupFilterKey = keyof GroupFilters
type Change = Partial<Record<GroupFilterKey, string | null>>

export const NO_FILTERS: Record<GroupFilterKey, null> = {
  q: null,
  status: null,
  type: null,
  behind: null,
  token: null,
  group: null,
}

/**
 * The list's filters, all in the URL (`?q=&status=&type=&behind=1&token=&group=`), so a filtered
 * list deep-links, survives a reload and Back undoes a click. Defaults are left out of the URL and
 * values the console does not know are ignored (the list shows as if they were not there).
 * Typing replaces the history entry instead of piling one up per key.
 */
export function useGroupFilters() {
  const [params, update] = useUrlParams()
  const status = params.get('status')
  const type = params.get('type')
  const filters: GroupFilters = {
    q: params.get('q') ?? '',
    status: isGroupState(status) ? status : null,
    type: type && /^[A-Z][A-Z0-9_]*$/.test(type) ? type : null,
    behind: params.get('behind') === '1',
    token: params.get('token') || null,
    group: params.get('group') || null,
  }
  const set = useCallback(
    (change: Change, options?: { replace?: boolean }) => update(change, options),
    [update],
  )
  return { filters, set }
}

/** The types to offer: those present at the scope, plus the one asked for if the console knows it. */
export function typeOptions(groups: DelegateGroup[], asked: string | null) {
  const present = new Set(groups.flatMap((g) => (g.delegateType ? [g.delegateType] : [])))
  if (asked && asked in DELEGATE_TYPE_LABEL) present.add(asked)
  return [...present].sort()
}

export const hasFilters = (f: GroupFilters, type: string | null = f.type) =>
  !!(f.q.trim() || f.status || type || f.behind || f.token || f.group)

interface Context {
  /** The latest supported version; without it the version filter cannot apply. */
  latest: string | null | undefined
  /** Identifiers of the groups using `filters.token`, once known. */
  usingToken: ReadonlySet<string>
  /** The type filter, once checked against the list (`typeOptions`). */
  type: string | null
}

/**
 * Filtering is client-side, on the list the Manager sent: the listing has no type, version or
 * token filter (token use is a second request, REFERENCE.md §9.9), the scope's groups are few,
 * and the counts above the list need every group anyway.
 */
export function applyGroupFilters(groups: DelegateGroup[], f: GroupFilters, ctx: Context) {
  const q = f.q.trim().toLowerCase()
  return groups.filter((g) => {
    const id = g.delegateGroupIdentifier ?? ''
    if (f.token && !ctx.usingToken.has(id)) return false
    if (f.group && id !== f.group) return false
    if (f.status && groupState(g) !== f.status) return false
    if (ctx.type && g.delegateType !== ctx.type) return false
    if (f.behind && !(ctx.latest && isBehind(groupVersionOf(g), ctx.latest))) return false
    if (!q) return true
    const words = [g.groupName, id, ...(g.groupCustomSelectors ?? [])]
    return words.some((w) => w?.toLowerCase().includes(q))
  })
}

/** Counts for the whole scope, whatever the filters: one per state, and behind on version. */
export function countGroups(groups: DelegateGroup[], latest: string | null | undefined) {
  const byState = new Map<GroupState, number>()
  for (const g of groups) {
    const state = groupState(g)
    if (state) byState.set(state, (byState.get(state) ?? 0) + 1)
  }
  const behind = latest ? groups.filter((g) => isBehind(groupVersionOf(g), latest)).length : null
  return { total: groups.length, byState, behind }
}
export type GroupCounts = ReturnType<typeof countGroups>
