import type { ConnectorResponse } from '@/api/schemas/connector'
import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'

import { groupSelectors, selectorsOf } from './impact'

/** A group as a connector can see it: the group and the scope it lives at. */
export interface ScopedGroup {
  group: DelegateGroup
  /** A key for the group's scope and identifier: groups of two scopes may share an identifier. */
  key: string
}

/** One scope's connectors, with every group they may use (their scope's and the parents'). */
export interface ScopeConnectors {
  scope: Scope
  /** "" at the group's own scope, else "Default" or "Default / CD Platform". */
  where: string
  connectors: ConnectorResponse[]
  groups: ScopedGroup[]
}

export interface Dependent {
  identifier: string
  name: string
  scope: Scope
  where: string
  selectors: string[]
  /** The other groups that match, each with whether it is connected now. */
  others: { name: string; connected: boolean }[]
}

export interface Dependents {
  /** Only this group has every selector they name: they fail when it is down or gone. */
  only: Dependent[]
  /** Another group matches too; tasks go there when this one is down. */
  fallback: Dependent[]
}

export const groupKey = (scope: Scope, identifier: string | null | undefined) =>
  `${scope.orgId ?? ''}/${scope.projectId ?? ''}/${identifier ?? ''}`

/**
 * Which connectors could send their tasks to the group `target`, split by whether any other
 * group could take them. A delegate must carry every selector a connector names ([REF] §4c: the
 * implicit selectors and the custom tags); a connector with no selectors takes any delegate; one
 * run from the Harness platform (`executeOnDelegate: false`) needs none. `selectors` replaces the
 * target's own selectors, for a preview of a tag edit.
 */
export function dependentsOf(
  targetKey: string,
  scopes: ScopeConnectors[],
  selectors?: string[],
): Dependents {
  const only: Dependent[] = []
  const fallback: Dependent[] = []
  for (const entry of scopes) {
    const target = entry.groups.find((g) => g.key === targetKey)
    if (!target) continue
    const own = new Set(selectors ?? groupSelectors(target.group))
    const others = entry.groups.filter((g) => g.key !== targetKey)
    for (const c of entry.connectors) {
      const spec = c.connector.spec as { executeOnDelegate?: unknown }
      if (spec.executeOnDelegate === false) continue
      const wanted = selectorsOf(c)
      if (!wanted.every((s) => own.has(s))) continue
      const matching = others.filter(({ group }) =>
        wanted.every((s) => groupSelectors(group).includes(s)),
      )
      const dependent: Dependent = {
        identifier: c.connector.identifier,
        name: c.connector.name,
        scope: entry.scope,
        where: entry.where,
        selectors: wanted,
        others: matching.map(({ group }) => ({
          name: group.groupName ?? group.delegateGroupIdentifier ?? '',
          connected: group.connectivityStatus !== 'disconnected',
        })),
      }
      ;(matching.length ? fallback : only).push(dependent)
    }
  }
  return { only, fallback }
}

/** Connectors a tag edit would add or drop, against the group's current selectors. */
export function tagEditPreview(targetKey: string, scopes: ScopeConnectors[], next: string[]) {
  const before = dependentsOf(targetKey, scopes)
  const after = dependentsOf(targetKey, scopes, next)
  const id = (d: Dependent) => `${d.where}/${d.identifier}`
  const had = new Set([...before.only, ...before.fallback].map(id))
  const has = new Set([...after.only, ...after.fallback].map(id))
  return {
    after,
    gained: [...after.only, ...after.fallback].filter((d) => !had.has(id(d))),
    lost: [...before.only, ...before.fallback].filter((d) => !has.has(id(d))),
    /** Dropped connectors no other group serves: their tasks would have nowhere to go. */
    stranded: before.only.filter((d) => !has.has(id(d))),
  }
}
