import type { ConnectorType } from '@/api/schemas/connector'
import { summaryForType, type ProviderSummary } from '@/catalog/provider-index'
import { compareText, pluralize } from '@/lib/format'

import type { Destination, EgressPlan } from './types'

/** One box of the egress diagram: the Harness Manager, its log sink, or one provider. */
export interface DiagramGroup {
  key: string
  /** "Harness Manager", "GitHub", "Amazon Web Services"… */
  label: string
  /** Two letters for the badge where there is no provider logo. */
  initials: string
  /** The catalog provider behind a connector group, whose logo the badge shows. */
  provider?: ProviderSummary
  kind: 'harness' | 'connector'
  destinations: Destination[]
  /** Connectors behind the group's destinations, counted once. */
  connectorCount: number
  optional: boolean
}

const providerOf = (d: Destination) => {
  const type = d.connectors[0]?.type
  const summary = type ? summaryForType(type as ConnectorType) : undefined
  return {
    key: type ?? d.host,
    label: summary?.label ?? type ?? d.host,
    initials: summary?.initials,
    provider: summary,
  }
}

/**
 * The plan grouped for the diagram: the Harness Manager first (named as such, all its hosts in
 * one box), the optional log sink, then one group per provider in name order, so a large account
 * draws one arrow per provider instead of one per host.
 */
export function diagramGroups(plan: EgressPlan): DiagramGroup[] {
  const groups = new Map<string, DiagramGroup>()
  for (const d of plan.destinations) {
    const manager = d.kind === 'harness' && d.purposes.some((p) => p.startsWith('Harness Manager'))
    const { key, label, initials, provider } =
      d.kind === 'harness'
        ? manager
          ? {
              key: 'harness:manager',
              label: 'Harness Manager',
              initials: 'HM',
              provider: undefined,
            }
          : {
              key: `harness:${d.host}`,
              label: d.purposes[0] ?? d.host,
              initials: 'HL',
              provider: undefined,
            }
        : providerOf(d)
    const group = groups.get(key) ?? {
      key,
      label,
      initials:
        initials ??
        label
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 2)
          .toUpperCase(),
      provider,
      kind: d.kind,
      destinations: [],
      connectorCount: 0,
      optional: true,
    }
    group.destinations.push(d)
    group.optional &&= d.optional
    groups.set(key, group)
  }
  for (const group of groups.values())
    group.connectorCount = new Set(
      group.destinations.flatMap((d) => d.connectors.map((c) => `${c.scope}/${c.identifier}`)),
    ).size
  const rank = (g: DiagramGroup) => (g.key === 'harness:manager' ? 0 : g.kind === 'harness' ? 1 : 2)
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || compareText(a.label, b.label))
}

/** Hosts listed in a group's box or card; the plan table lists them all. */
export const MAX_GROUP_HOSTS = 3

/** A group's ports, once each: "HTTPS 443, HTTPS 6443". */
export const groupPorts = (g: DiagramGroup) =>
  [...new Set(g.destinations.map((d) => `${d.protocol} ${d.port}`))].join(', ')

/**
 * The hosts a group shows, and how many it leaves to the table: up to `MAX_GROUP_HOSTS`, or one
 * more when that is all of them ("and 1 more" would take the line the host would).
 */
export function shownHosts(g: DiagramGroup) {
  const hosts = g.destinations.slice(
    0,
    MAX_GROUP_HOSTS + (g.destinations.length > MAX_GROUP_HOSTS + 1 ? 0 : 1),
  )
  return { hosts, more: g.destinations.length - hosts.length }
}

/** "3 connectors", or nothing for a Harness group. */
export const connectorCountText = (g: DiagramGroup) =>
  g.connectorCount ? pluralize(g.connectorCount, 'connector') : ''
