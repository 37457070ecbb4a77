import type { ConnectorResponse } from '@/api/schemas/connector'
import { providerForType } from '@/catalog'
import type { PortProtocol } from '@/catalog/types'
import { compareText } from '@/lib/format'
import { harnessCluster, LOGGING_HOST, managerHosts } from '@/lib/harness-clusters'

import { connectorCandidates, connectorRef } from './connector-destinations'
import type { Candidate, ConnectorRef, Destination, EgressOptions, EgressPlan } from './types'

export type { ConnectorRef, Destination, EgressOptions, EgressPlan } from './types'

/** When two sources disagree on one host and port, the more specific protocol wins. */
const PRIORITY: PortProtocol[] = ['HTTPS', 'LDAPS', 'SSH', 'LDAP', 'HTTP', 'TCP', 'UDP']

function harnessCandidates({ cluster, logging }: EgressOptions): Candidate[] {
  const label = harnessCluster(cluster).label
  const managers = managerHosts(cluster).map((host, i): Candidate => ({
    host,
    port: 443,
    protocol: 'HTTPS',
    kind: 'harness',
    optional: false,
    inferred: false,
    purpose: i === 0 ? 'Harness Manager (primary endpoint)' : `Harness Manager (${label} cluster)`,
    notes: ['Outbound only: the Manager never connects to the delegate.'],
  }))
  if (!logging) return managers
  return [
    ...managers,
    {
      host: LOGGING_HOST,
      port: 443,
      protocol: 'HTTPS',
      kind: 'harness',
      optional: true,
      inferred: false,
      purpose: 'Delegate logs for Harness Support (optional)',
      notes: ['Optional: turn it off with STACK_DRIVER_LOGGING_ENABLED=false on the delegate.'],
    },
  ]
}

const unique = <T>(items: T[]) => [...new Set(items)]

function merge(entries: { candidate: Candidate; connector?: ConnectorRef }[]): Destination[] {
  const byKey = new Map<string, Destination>()
  for (const { candidate: c, connector } of entries) {
    const key = `${c.host}:${c.port}:${c.protocol === 'UDP' ? 'udp' : 'tcp'}`
    const d = byKey.get(key) ?? {
      host: c.host,
      port: c.port,
      protocol: c.protocol,
      kind: c.kind,
      purposes: [],
      connectors: [],
      notes: [],
      optional: true,
      inferred: true,
    }
    if (PRIORITY.indexOf(c.protocol) < PRIORITY.indexOf(d.protocol)) d.protocol = c.protocol
    if (c.kind === 'harness') d.kind = 'harness'
    d.purposes = unique([...d.purposes, c.purpose])
    d.notes = unique([...d.notes, ...c.notes])
    d.optional &&= c.optional
    d.inferred &&= c.inferred
    if (
      connector &&
      !d.connectors.some(
        (x) => x.identifier === connector.identifier && x.scope === connector.scope,
      )
    )
      d.connectors.push(connector)
    byKey.set(key, d)
  }
  return [...byKey.values()]
}

/** Harness endpoints first (Manager, then logging), then by host and port. */
function compare(a: Destination, b: Destination) {
  if (a.kind !== b.kind) return a.kind === 'harness' ? -1 : 1
  // Harness entries keep their order (primary Manager, cluster Manager, logging); sort is stable.
  if (a.kind === 'harness') return 0
  return compareText(a.host, b.host) || a.port - b.port
}

/**
 * Every destination a delegate must reach for these connectors: the Manager (443), the optional
 * log sink, and each connector's hosts with ports from its URL or the catalog's port hints.
 * Deduplicated by host, port and transport; connectors and caveats are merged.
 */
export function buildEgressPlan(
  connectors: readonly ConnectorResponse[],
  options: EgressOptions,
): EgressPlan {
  const entries: { candidate: Candidate; connector?: ConnectorRef }[] = harnessCandidates(
    options,
  ).map((candidate) => ({ candidate }))
  const viaPlatform: ConnectorRef[] = []
  const unresolved: EgressPlan['unresolved'] = []
  for (const { connector: info } of connectors) {
    const ref = connectorRef(info)
    if (info.spec.executeOnDelegate === false) {
      viaPlatform.push(ref)
      continue
    }
    const provider = providerForType(info.type)
    const { candidates, problems } = provider
      ? connectorCandidates(provider, info)
      : { candidates: [], problems: [`The console's catalog has no ${info.type} provider.`] }
    for (const reason of problems) unresolved.push({ connector: ref, reason })
    for (const candidate of candidates) entries.push({ candidate, connector: ref })
  }
  return { destinations: merge(entries).sort(compare), viaPlatform, unresolved }
}
