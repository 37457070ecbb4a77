import type { ConnectorInfo } from '@/api/schemas/connector'

import { defaultValues } from './defaults'
import { applyConstants, getPath, matchesConstants, setPath } from './paths'
import {
  methodsOf,
  type AuthMethod,
  type FieldValue,
  type KeyValueRow,
  type Provider,
  type ProviderField,
  type ProviderValues,
} from './types'

/** Where a connector lives. Empty org/project means account (or org) scope ([REF] §1). */
export interface ConnectorScope {
  accountId: string
  orgId?: string
  projectId?: string
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * `keyValues` rows ↔ the Manager's `CustomHealthKeyAndValue[]`: a plain row sends its `value`, an
 * encrypted one its `encryptedValueRef`; `valueEncrypted` says which. Loading also reads
 * `isValueEncrypted` (the client's other spelling of the flag) and, failing both, a ref alone.
 */
export function keyValuesToApi(rows: KeyValueRow[]) {
  return rows.map((r) =>
    r.encrypted
      ? { key: r.key, encryptedValueRef: r.secretRef, valueEncrypted: true }
      : { key: r.key, value: r.value, valueEncrypted: false },
  )
}

export function keyValuesFromApi(items: unknown[]): KeyValueRow[] {
  return items.map((item) => {
    const r = (item ?? {}) as Record<string, unknown>
    const flag = r.valueEncrypted ?? r.isValueEncrypted
    const encrypted = typeof flag === 'boolean' ? flag : !!r.encryptedValueRef && r.value == null
    return {
      key: typeof r.key === 'string' ? r.key : '',
      value: typeof r.value === 'string' ? r.value : '',
      encrypted,
      secretRef: typeof r.encryptedValueRef === 'string' ? r.encryptedValueRef : '',
    }
  })
}

function toApiValue(field: ProviderField, value: FieldValue): unknown {
  if (field.kind === 'keyValues' && Array.isArray(value)) {
    return keyValuesToApi(value as KeyValueRow[])
  }
  if (field.kind === 'list' && Array.isArray(value) && field.listItemKey) {
    return value.map((item) => ({ [field.listItemKey as string]: item }))
  }
  if ((field.kind === 'port' || field.kind === 'number') && typeof value === 'string') {
    return Number(value)
  }
  return value
}

function fromApiValue(field: ProviderField, value: unknown): FieldValue {
  if (field.kind === 'keyValues' && Array.isArray(value)) return keyValuesFromApi(value)
  if (field.kind === 'list' && Array.isArray(value)) {
    const key = field.listItemKey
    return value.map((item) => String(key ? (item as Record<string, unknown>)[key] : item))
  }
  return value as FieldValue
}

/** `key:value` / `key` strings ↔ the API's tag map (a bare key has the value ''). */
export function tagsToApi(tags: string[]): Record<string, string> {
  return Object.fromEntries(
    tags.map((tag) => {
      const i = tag.indexOf(':')
      return i < 0 ? [tag.trim(), ''] : [tag.slice(0, i).trim(), tag.slice(i + 1).trim()]
    }),
  )
}

export function tagsFromApi(tags: Record<string, string> | null | undefined): string[] {
  return Object.entries(tags ?? {}).map(([k, v]) => (v ? `${k}:${v}` : k))
}

function methodFor(provider: Provider, id: string): AuthMethod {
  const method = methodsOf(provider).find((m) => m.id === id)
  if (!method) throw new Error(`Provider "${provider.id}" has no auth method "${id}"`)
  return method
}

/**
 * Maps parsed form values to the Manager's `ConnectorInfoDTO` (STYLE principle 6: the form follows
 * the UI; the body is built here). Empty optional fields are left out of `spec`.
 */
export function toConnectorInfo(
  provider: Provider,
  values: ProviderValues,
  scope: ConnectorScope,
): ConnectorInfo {
  if (!provider.type) {
    throw new Error(
      `"${provider.label}" has no connector type: ${provider.createInstead?.text ?? ''}`,
    )
  }
  const method = methodFor(provider, values.authMethod)
  const spec: Record<string, unknown> = {}
  applyConstants(spec, provider.set)
  applyConstants(spec, method.set)
  if (provider.accountIdPath) setPath(spec, provider.accountIdPath, scope.accountId)
  for (const field of [...provider.fields, ...method.fields]) {
    const value = values[field.name]
    if (isEmpty(value)) continue
    setPath(spec, field.path, toApiValue(field, value))
    applyConstants(spec, field.set)
  }
  const onPlatform = values.connectivityMode === 'platform'
  // Selectors only route delegate tasks; on the platform they would be ignored, so drop them.
  // A type whose spec has no selectors gets none: the Manager would drop the field.
  if (!provider.noDelegateSelectors)
    spec.delegateSelectors = onPlatform ? [] : values.delegateSelectors
  if (provider.connectivityModes) spec.executeOnDelegate = !onPlatform
  const info: ConnectorInfo = {
    name: values.name.trim(),
    identifier: values.identifier,
    accountIdentifier: scope.accountId,
    tags: tagsToApi(values.tags),
    type: provider.type,
    spec,
  }
  if (values.description) info.description = values.description
  if (scope.orgId) info.orgIdentifier = scope.orgId
  if (scope.orgId && scope.projectId) info.projectIdentifier = scope.projectId
  return info
}

/**
 * The auth method whose constants all match `spec`. Ties (e.g. Prometheus, which has no
 * discriminator) go to the method with more constants, then more of its fields present.
 */
export function detectMethod(provider: Provider, spec: unknown): AuthMethod {
  const methods = methodsOf(provider)
  const score = (m: AuthMethod) =>
    Object.keys(m.set ?? {}).length * 100 +
    m.fields.filter((f) => getPath(spec, f.path) !== undefined).length
  const matching = methods.filter((m) => matchesConstants(spec, m.set))
  return matching.sort((a, b) => score(b) - score(a))[0] ?? methods[0]
}

/** Maps a stored connector back to form values, for editing. */
export function fromConnectorInfo(provider: Provider, info: ConnectorInfo): ProviderValues {
  const spec = info.spec
  const method = detectMethod(provider, spec)
  const values = defaultValues(provider, method.id)
  for (const field of [...provider.fields, ...method.fields]) {
    const value = getPath(spec, field.path)
    if (value !== undefined && value !== null) values[field.name] = fromApiValue(field, value)
  }
  const selectors = spec.delegateSelectors
  return {
    ...values,
    name: info.name,
    identifier: info.identifier,
    description: info.description ?? '',
    tags: tagsFromApi(info.tags),
    delegateSelectors: Array.isArray(selectors) ? selectors.map(String) : [],
    connectivityMode:
      provider.connectivityModes?.includes('platform') && spec.executeOnDelegate === false
        ? 'platform'
        : 'delegate',
  }
}

export interface ConnectorHost {
  host: string
  port?: number
}

/** `git@host:org/repo` or `ssh://git@host:2222/org/repo` → the SSH host (port 22 by default). */
function sshHost(value: string): ConnectorHost[] {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(value)
  if (scp) return [{ host: scp[1], port: 22 }]
  if (!value.startsWith('ssh://')) return []
  try {
    const u = new URL(value)
    return [{ host: u.hostname, port: u.port ? Number(u.port) : 22 }]
  } catch {
    return []
  }
}

const DEFAULT_PORTS: Record<string, number> = { 'https:': 443, 'http:': 80 }

function hostsOfValue(field: ProviderField, value: unknown): ConnectorHost[] {
  if (field.kind === 'url' && typeof value === 'string') {
    try {
      const u = new URL(value)
      return [{ host: u.hostname, port: u.port ? Number(u.port) : DEFAULT_PORTS[u.protocol] }]
    } catch {
      return []
    }
  }
  if (field.kind === 'host' && typeof value === 'string' && value) return [{ host: value }]
  if (field.kind === 'text' && field.portHintFor && typeof value === 'string') return sshHost(value)
  if (field.kind === 'list' && field.listItemKey && Array.isArray(value)) {
    return (fromApiValue(field, value) as string[]).filter(Boolean).map((item) => {
      const [h, p] = item.split(':')
      return p && /^\d+$/.test(p) ? { host: h, port: Number(p) } : { host: h }
    })
  }
  return []
}

/**
 * The hosts (and ports, where known) a connector reaches, read from its url/host fields.
 * The network egress plan combines these with the provider's port hints.
 */
export function connectorHosts(provider: Provider, info: ConnectorInfo): ConnectorHost[] {
  const fields = [...provider.fields, ...methodsOf(provider).flatMap((m) => m.fields)]
  const seen = new Set<string>()
  return fields
    .flatMap((f) => hostsOfValue(f, getPath(info.spec, f.path)))
    .filter((h) => {
      const key = `${h.host}:${h.port ?? ''}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
}
