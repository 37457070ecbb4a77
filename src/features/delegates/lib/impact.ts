import type { ConnectorResponse } from '@/api/schemas/connector'
import type { DelegateGroup } from '@/api/schemas/delegate'

/** The selectors a group always has: its name (GROUP_NAME) and the Manager's other implicit ones. */
export function implicitSelectors(group: DelegateGroup) {
  return [
    ...new Set([group.groupName ?? '', ...Object.keys(group.groupImplicitSelectors ?? {})]),
  ].filter(Boolean)
}

/** Selectors a group answers to: its implicit ones and its tags. */
export function groupSelectors(group: DelegateGroup) {
  return [...implicitSelectors(group), ...(group.groupCustomSelectors ?? [])]
}

export function selectorsOf(connector: ConnectorResponse): string[] {
  const spec = connector.connector.spec as { delegateSelectors?: unknown }
  return Array.isArray(spec.delegateSelectors)
    ? spec.delegateSelectors.filter((s): s is string => typeof s === 'string')
    : []
}

/**
 * Connectors that would be left with no connected delegate matching their selectors once the
 * groups in `leaving` disconnect (a revoked token makes its delegates self-destruct, REFERENCE.md
 * §3). A delegate must carry every selector a connector names. Connectors without selectors are
 * counted only when no connected delegate would remain at all. `groups` must hold every group the
 * connectors may use: their own scope's and those of the scopes above it (api/revoke-impact.ts).
 */
export function connectorsLeftWithoutDelegate(
  connectors: ConnectorResponse[],
  groups: DelegateGroup[],
  leaving: DelegateGroup[],
) {
  const leavingIds = new Set(leaving.map((g) => g.delegateGroupIdentifier))
  const remaining = groups.filter(
    (g) => !leavingIds.has(g.delegateGroupIdentifier) && g.connectivityStatus !== 'disconnected',
  )
  const affected = connectors.filter((c) => {
    const wanted = selectorsOf(c)
    const servedBefore = groups.some(
      (g) =>
        g.connectivityStatus !== 'disconnected' &&
        wanted.every((s) => groupSelectors(g).includes(s)),
    )
    if (!servedBefore) return false
    return !remaining.some((g) => wanted.every((s) => groupSelectors(g).includes(s)))
  })
  return affected.map((c) => ({
    identifier: c.connector.identifier,
    name: c.connector.name,
    selectors: selectorsOf(c),
  }))
}
