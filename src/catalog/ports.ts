import type {
  ConnectivityMode,
  FieldValue,
  PortHint,
  PortProtocol,
  Provider,
  ProviderValues,
} from './types'

/** Default ports by URL scheme (RFC 9110 for http and https, RFC 4251 for ssh, RFC 4516 for LDAP). */
const SCHEME_PORTS: Record<string, PortHint> = {
  'https:': { protocol: 'HTTPS', port: 443 },
  'http:': { protocol: 'HTTP', port: 80 },
  'ssh:': { protocol: 'SSH', port: 22 },
  'ldap:': { protocol: 'LDAP', port: 389 },
  'ldaps:': { protocol: 'LDAPS', port: 636 },
}

export interface AddressPorts {
  /** The host typed, when one can be read. */
  host?: string
  ports: PortHint[]
  /** Where the ports come from: written in the URL, the scheme's default, or the provider's list. */
  from: 'url' | 'scheme' | 'provider'
}

interface Parsed {
  host: string
  port?: number
  protocol?: PortProtocol
  /** The port was written in the address (`:8443`), not taken from the scheme. */
  explicit: boolean
}

function parse(address: string): Parsed | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(address)) {
    try {
      const url = new URL(address)
      if (!url.hostname) return null
      const scheme = SCHEME_PORTS[url.protocol]
      return {
        host: url.hostname,
        port: url.port ? Number(url.port) : scheme?.port,
        protocol: scheme?.protocol,
        explicit: !!url.port,
      }
    } catch {
      return null
    }
  }
  // scp-like Git SSH address: git@github.com:acme/repo
  const scp = /^[\w.-]+@([\w.-]+):/.exec(address)
  if (scp) return { host: scp[1], port: 22, protocol: 'SSH', explicit: false }
  // A bare host, maybe with :port (host fields, host lists).
  const bare = /^([a-zA-Z0-9][a-zA-Z0-9.-]*)(?::(\d{1,5}))?$/.exec(address)
  if (bare)
    return { host: bare[1], port: bare[2] ? Number(bare[2]) : undefined, explicit: !!bare[2] }
  return null
}

/**
 * The ports a connector needs for the address typed: the port written in it, else the scheme's
 * default (https 443, http 80, ssh 22), else the provider's listed ports. A Docker Registry at
 * https://index.docker.io needs 443, whatever the table's 8083 says about self-hosted registries.
 */
export function portsForAddress(provider: Provider, address: string | undefined): AddressPorts {
  const parsed = address?.trim() ? parse(address.trim()) : null
  const listed = provider.hints.ports
  if (!parsed) return { ports: listed, from: 'provider' }
  if (parsed.port === undefined) return { host: parsed.host, ports: listed, from: 'provider' }
  const { port } = parsed
  const protocol =
    parsed.protocol ??
    listed.find((p) => p.port === port)?.protocol ??
    (port === 22 ? 'SSH' : 'TCP')
  return {
    host: parsed.host,
    ports: [{ protocol, port }],
    from: parsed.explicit ? 'url' : 'scheme',
  }
}

/**
 * How the connector reaches its target: through a delegate, or from the Harness platform itself.
 * Types with no delegate selectors (Slack, Microsoft Teams, Zoom, Confluence) are always reached
 * by Harness; the others follow the form's connectivity mode.
 */
export function connectionOf(provider: Provider, mode: ConnectivityMode | undefined) {
  if (provider.noDelegateSelectors) return 'platform'
  return mode === 'platform' ? 'platform' : 'delegate'
}

/** The address a URL, host or host-list field holds (a list's first host). */
export function addressOf(value: FieldValue): string {
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : ''
  return typeof value === 'string' ? value : ''
}

/** Whether any of the provider's forms asks for the URL or host its ports follow. */
export function hasAddressField(provider: Provider) {
  return [...provider.fields, ...provider.authMethods.flatMap((m) => m.fields)].some(
    (f) => f.portHintFor,
  )
}

/** The field the provider's port hints apply to, among the common and the chosen method's. */
export function addressField(provider: Provider, authMethod: string) {
  const method = provider.authMethods.find((m) => m.id === authMethod)
  return [...provider.fields, ...(method?.fields ?? [])].find((f) => f.portHintFor)
}

/** The address in a connector's form values (a stored connector read back, or the form's). */
export function addressOfValues(provider: Provider, values: ProviderValues): string | undefined {
  const field = addressField(provider, values.authMethod)
  return field ? addressOf(values[field.name]) : undefined
}
