import type { ConnectorInfo, ConnectorResponse } from '@/api/schemas/connector'
import { providerForType } from '@/catalog'
import { connectorHosts } from '@/catalog/to-api'
import type { PortProtocol, Provider } from '@/catalog/types'
import { harnessCluster, LOGGING_HOST, managerHosts, type HarnessClusterId } from '@/lib/harness-clusters'

import { bareHostPorts, inferEndpoints } from './inferred-endpoints'

export interface ConnectorRef {
  identifier: string
  name: string
  type: string
  /** "Account", "Org default" or "Project default/cd_platform". */
  scope: string
}

/** One place the delegate must reach: host, port, protocol, and who needs it. */
export interface Destination {
  host: string
  port: number
  protocol: PortProtocol
  kind: 'harness' | 'connector'
  /** What it is, e.g. "Harness Manager (Prod3)", "GitHub", "AWS STS, for assumed roles". */
  purposes: string[]
  connectors: ConnectorRef[]
  /** Caveats from the catalog's hints and from how the host was found. */
  notes: string[]
  optional: boolean
  /** [INF] The host was derived from a region or cloud, not read from the connector. */
  inferred: boolean
}

export interface EgressPlan {
  destinations: Destination[]
  /** Connectors run by the Harness platform (`executeOnDelegate: false`): no delegate egress. */
  viaPlatform: ConnectorRef[]
  /** Connectors whose destination could not be worked out, with the reason. */
  unresolved: { connector: ConnectorRef; reason: string }[]
}

export interface EgressOptions {
  cluster: HarnessClusterId
  /** Include the optional `logging.googleapis.com` (off when STACK_DRIVER_LOGGING_ENABLED=false). */
  logging: boolean
}

type Candidate = Omit<Destination, 'purposes' | 'connectors' | 'notes'> & { purpose: string; notes: string[] }

const SCHEMES: Record<string, PortProtocol> = { 'https:': 'HTTPS', 'http:': 'HTTP', 'ssh:': 'SSH', 'ldap:': 'LDAP', 'ldaps:': 'LDAPS' }
/** When two sources disagree on one host and port, the more specific protocol wins. */
const PRIORITY: PortProtocol[] = ['HTTPS', 'LDAPS', 'SSH', 'LDAP', 'HTTP', 'TCP', 'UDP']
/**
 * Hint notes worth repeating next to a destination: the ones about ports and hosting. The rest are
 * about permissions, and "Not listed in the table: allow the host and port of the URL" is what the
 * plan does anyway.
 */
const NETWORK_NOTE = /\bports?\b|hosted|firewall|outbound/i
const isNetworkNote = (note: string) => NETWORK_NOTE.test(note) && !note.startsWith('Not listed')

function scopeLabel(info: ConnectorInfo) {
  if (info.orgIdentifier && info.projectIdentifier) return `Project ${info.orgIdentifier}/${info.projectIdentifier}`
  return info.orgIdentifier ? `Org ${info.orgIdentifier}` : 'Account'
}

export function connectorRef(info: ConnectorInfo): ConnectorRef {
  return { identifier: info.identifier, name: info.name, type: info.type, scope: scopeLabel(info) }
}

/** `host:port` → protocol, for every URL-looking string anywhere in the connector's spec. */
function schemesOf(value: unknown, found = new Map<string, PortProtocol>()) {
  if (typeof value === 'string' && /^[a-z]+:\/\//i.test(value)) {
    try {
      const u = new URL(value)
      const protocol = SCHEMES[u.protocol]
      const port = u.port || { 'https:': '443', 'http:': '80', 'ssh:': '22' }[u.protocol]
      if (protocol && port) found.set(`${u.hostname}:${port}`, protocol)
    } catch {
      // Not a URL after all.
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) schemesOf(item, found)
  }
  return found
}

const portsText = (provider: Provider) =>
  provider.hints.ports.map((p) => `${p.protocol} ${p.port}`).filter((v, i, all) => all.indexOf(v) === i).join(', ')

/** A connector's destinations, plus what could not be placed (a sentence per problem). */
function connectorCandidates(provider: Provider, info: ConnectorInfo): { candidates: Candidate[]; problems: string[] } {
  const notes = (provider.hints.notes ?? []).filter(isNetworkNote)
  const base = { kind: 'connector' as const, optional: false, inferred: false, purpose: provider.label }
  const hosts = connectorHosts(provider, info)
  const problems: string[] = []
  if (hosts.length > 0) {
    const schemes = schemesOf(info.spec)
    const candidates = hosts.flatMap((h): Candidate[] => {
      if (h.port === undefined) {
        // A bare host: the catalog's port hints say where the delegate connects.
        const ports = provider.hints.ports.length > 0 ? provider.hints.ports : bareHostPorts(info.type)
        if (ports.length === 0) problems.push(`No port is known for ${h.host}.`)
        return ports.map((p) => ({ ...base, host: h.host.toLowerCase(), port: p.port, protocol: p.protocol, notes: [...notes, ...(p.note ? [p.note] : [])] }))
      }
      // No scheme (a `host:port` list item): the type's default protocol, else plain TCP.
      const protocol = schemes.get(`${h.host}:${h.port}`) ?? (h.port === 22 ? 'SSH' : (bareHostPorts(info.type)[0]?.protocol ?? 'TCP'))
      const listed = provider.hints.ports.some((p) => p.port === h.port)
      const mismatch = provider.hints.ports.length > 0 && !listed
        ? [`Harness lists ${portsText(provider)} for ${provider.label}; this connector's URL uses port ${h.port}.`] : []
      return [{ ...base, host: h.host.toLowerCase(), port: h.port, protocol, notes: [...notes, ...mismatch] }]
    })
    return { candidates, problems }
  }
  const inferred = inferEndpoints(info)
  if (!inferred) return { candidates: [], problems: [`${provider.label} connectors name no host, and the console knows no fixed endpoint for them.`] }
  if ('reason' in inferred) return { candidates: [], problems: [inferred.reason] }
  const candidates = inferred.endpoints.map((e): Candidate => ({
    ...base, host: e.host, port: e.port, protocol: 'HTTPS', inferred: true, purpose: e.why,
    notes: [...notes, 'Inferred from the connector type and region, not read from the connector: confirm it with the provider.'],
  }))
  return { candidates, problems }
}

function harnessCandidates({ cluster, logging }: EgressOptions): Candidate[] {
  const label = harnessCluster(cluster).label
  const managers = managerHosts(cluster).map((host, i): Candidate => ({
    host, port: 443, protocol: 'HTTPS', kind: 'harness', optional: false, inferred: false,
    purpose: i === 0 ? 'Harness Manager (primary endpoint)' : `Harness Manager (${label} cluster)`,
    notes: ['Outbound only: the Manager never connects to the delegate.'],
  }))
  if (!logging) return managers
  return [...managers, {
    host: LOGGING_HOST, port: 443, protocol: 'HTTPS', kind: 'harness', optional: true, inferred: false,
    purpose: 'Delegate logs for Harness Support (optional)',
    notes: ['Optional: turn it off with STACK_DRIVER_LOGGING_ENABLED=false on the delegate.'],
  }]
}

const unique = <T>(items: T[]) => [...new Set(items)]

function merge(entries: { candidate: Candidate; connector?: ConnectorRef }[]): Destination[] {
  const byKey = new Map<string, Destination>()
  for (const { candidate: c, connector } of entries) {
    const key = `${c.host}:${c.port}:${c.protocol === 'UDP' ? 'udp' : 'tcp'}`
    const d = byKey.get(key) ?? { host: c.host, port: c.port, protocol: c.protocol, kind: c.kind, purposes: [], connectors: [], notes: [], optional: true, inferred: true }
    if (PRIORITY.indexOf(c.protocol) < PRIORITY.indexOf(d.protocol)) d.protocol = c.protocol
    if (c.kind === 'harness') d.kind = 'harness'
    d.purposes = unique([...d.purposes, c.purpose])
    d.notes = unique([...d.notes, ...c.notes])
    d.optional &&= c.optional
    d.inferred &&= c.inferred
    if (connector && !d.connectors.some((x) => x.identifier === connector.identifier && x.scope === connector.scope)) d.connectors.push(connector)
    byKey.set(key, d)
  }
  return [...byKey.values()]
}

/** Harness endpoints first (Manager, then logging), then by host and port. */
function compare(a: Destination, b: Destination) {
  if (a.kind !== b.kind) return a.kind === 'harness' ? -1 : 1
  // Harness entries keep their order (primary Manager, cluster Manager, logging); sort is stable.
  if (a.kind === 'harness') return 0
  return a.host.localeCompare(b.host) || a.port - b.port
}

/**
 * Every destination a delegate must reach for these connectors: the Manager (443), the optional
 * log sink, and each connector's hosts with ports from its URL or the catalog's port hints.
 * Deduplicated by host, port and transport; connectors and caveats are merged.
 */
export function buildEgressPlan(connectors: readonly ConnectorResponse[], options: EgressOptions): EgressPlan {
  const entries: { candidate: Candidate; connector?: ConnectorRef }[] = harnessCandidates(options).map((candidate) => ({ candidate }))
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
