import type { ConnectorInfo } from '@/api/schemas/connector'
import { connectorHosts } from '@/catalog/to-api'
import type { PortProtocol, Provider } from '@/catalog/types'

import { bareHostPorts, inferEndpoints } from './inferred-endpoints'
import type { Candidate, ConnectorRef } from './types'

const SCHEMES: Record<string, PortProtocol> = {
  'https:': 'HTTPS',
  'http:': 'HTTP',
  'ssh:': 'SSH',
  'ldap:': 'LDAP',
  'ldaps:': 'LDAPS',
}
/**
 * Hint notes worth repeating next to a destination: the ones about ports and hosting (the older
 * page's among them, e.g. AWS's ephemeral ports). The rest are about permissions.
 */
const NETWORK_NOTE = /\bports?\b|hosted|firewall|outbound/i
const isNetworkNote = (note: string) => NETWORK_NOTE.test(note)

function scopeLabel(info: ConnectorInfo) {
  if (info.orgIdentifier && info.projectIdentifier)
    return `Project ${info.orgIdentifier}/${info.projectIdentifier}`
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
  provider.hints.ports
    .map((p) => `${p.protocol} ${p.port}`)
    .filter((v, i, all) => all.indexOf(v) === i)
    .join(', ')

/**
 * The caveat of every destination inferred from a connector's type and region. The exports repeat
 * it on each row (a CSV row stands alone); the page says it once, above the table.
 */
export const INFERRED_NOTE =
  'Inferred from the connector type and region, not read from the connector: confirm it with the provider.'

/** A connector's destinations, plus what could not be placed (a sentence per problem). */
export function connectorCandidates(
  provider: Provider,
  info: ConnectorInfo,
): { candidates: Candidate[]; problems: string[] } {
  const notes = [...(provider.hints.notes ?? []), ...(provider.hints.olderNotes ?? [])].filter(
    isNetworkNote,
  )
  const base = {
    kind: 'connector' as const,
    optional: false,
    inferred: false,
    purpose: provider.label,
  }
  const hosts = connectorHosts(provider, info)
  const problems: string[] = []
  if (hosts.length > 0) {
    const schemes = schemesOf(info.spec)
    const candidates = hosts.flatMap((h): Candidate[] => {
      if (h.port === undefined) {
        // A bare host: the catalog's port hints say where the delegate connects.
        const ports =
          provider.hints.ports.length > 0 ? provider.hints.ports : bareHostPorts(info.type)
        if (ports.length === 0) problems.push(`No port is known for ${h.host}.`)
        return ports.map((p) => ({
          ...base,
          host: h.host.toLowerCase(),
          port: p.port,
          protocol: p.protocol,
          notes: [...notes, ...(p.note ? [p.note] : [])],
        }))
      }
      // No scheme (a `host:port` list item): the type's default protocol, else plain TCP.
      const protocol =
        schemes.get(`${h.host}:${h.port}`) ??
        (h.port === 22 ? 'SSH' : (bareHostPorts(info.type)[0]?.protocol ?? 'TCP'))
      const listed = provider.hints.ports.some((p) => p.port === h.port)
      const mismatch =
        provider.hints.ports.length > 0 && !listed
          ? [
              `Harness lists ${portsText(provider)} for ${provider.label}; this connector's URL uses port ${h.port}.`,
            ]
          : []
      return [
        {
          ...base,
          host: h.host.toLowerCase(),
          port: h.port,
          protocol,
          notes: [...notes, ...mismatch],
        },
      ]
    })
    return { candidates, problems }
  }
  const inferred = inferEndpoints(info)
  if (!inferred)
    return {
      candidates: [],
      problems: [
        `${provider.label} connectors name no host, and the console knows no fixed endpoint for them.`,
      ],
    }
  if ('reason' in inferred) return { candidates: [], problems: [inferred.reason] }
  const candidates = inferred.endpoints.map((e): Candidate => ({
    ...base,
    host: e.host,
    port: e.port,
    protocol: 'HTTPS',
    inferred: true,
    purpose: e.why,
    notes: [...notes, INFERRED_NOTE],
  }))
  return { candidates, problems }
}
