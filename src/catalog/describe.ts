import type { ConnectorInfo } from '@/api/schemas/connector'

import { getPath } from './paths'
import { detectMethod, keyValuesFromApi } from './to-api'
import { methodsOf, NO_AUTH, type ApiConstants, type Provider, type ProviderField } from './types'

/** One line of a connector's configuration as an admin reads it: the form's label and value. */
export interface ConfigEntry {
  label: string
  value: string
  /** The value is a secret reference (never a secret value: bodies carry refs only). */
  secret?: boolean
}

export interface ConfigDescription {
  entries: ConfigEntry[]
  /** Settings in the spec that no field of the console's form covers (shown in the YAML only). */
  unlisted: string[]
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

function describeField(field: ProviderField, value: unknown): ConfigEntry {
  const label = field.label
  switch (field.kind) {
    case 'secret':
      return { label, value: String(value), secret: true }
    case 'boolean':
      return { label, value: value ? 'Yes' : 'No' }
    case 'select':
      return { label, value: field.options?.find((o) => o.value === value)?.label ?? String(value) }
    case 'list': {
      const key = field.listItemKey
      const items = (value as unknown[]).map((item) =>
        String(key ? (item as Record<string, unknown>)[key] : item),
      )
      return { label, value: items.join(', ') }
    }
    case 'keyValues': {
      const rows = keyValuesFromApi(value as unknown[])
      return {
        label,
        value: rows
          .map((r) => `${r.key}: ${r.encrypted ? `secret ${r.secretRef}` : r.value}`)
          .join('\n'),
      }
    }
    default:
      return { label, value: typeof value === 'string' ? value : JSON.stringify(value) }
  }
}

/** Dot paths of every leaf (an array of scalars counts as one) in a spec. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return []
    if (value.every((v) => typeof v !== 'object' || v === null)) return [prefix]
    return value.flatMap((v, i) => leafPaths(v, `${prefix}[${i}]`))
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k))
  return isEmpty(value) ? [] : [prefix]
}

const constantPaths = (set: ApiConstants | undefined) => Object.keys(set ?? {})

/**
 * A stored connector's settings under the labels of the form that edits it: the sign-in method,
 * each filled field, how it connects and through which delegates. Raw spec paths stay in the YAML;
 * what the form does not cover is counted in `unlisted`, never dropped silently.
 */
export function describeConfig(provider: Provider, info: ConnectorInfo): ConfigDescription {
  const spec = info.spec
  const method = detectMethod(provider, spec)
  const entries: ConfigEntry[] = []
  if (method !== NO_AUTH && methodsOf(provider).length > 1)
    entries.push({ label: 'Authentication', value: method.label })
  const fields = [...provider.fields, ...method.fields]
  for (const field of fields) {
    const value = getPath(spec, field.path)
    if (!isEmpty(value)) entries.push(describeField(field, value))
  }
  if (provider.connectivityModes?.includes('platform'))
    entries.push({
      label: 'Connects through',
      value: spec.executeOnDelegate === false ? 'The Harness platform' : 'A Harness delegate',
    })
  const selectors = Array.isArray(spec.delegateSelectors) ? spec.delegateSelectors.map(String) : []
  if (!provider.noDelegateSelectors && spec.executeOnDelegate !== false)
    entries.push({
      label: 'Delegate selectors',
      value: selectors.length ? selectors.join(', ') : 'Any available delegate',
    })

  const covered = [
    ...fields.map((f) => f.path),
    ...fields.flatMap((f) => constantPaths(f.set)),
    ...constantPaths(method.set),
    ...constantPaths(provider.set),
    ...(provider.accountIdPath ? [provider.accountIdPath] : []),
    'delegateSelectors',
    'executeOnDelegate',
  ]
  const isCovered = (path: string) =>
    covered.some((c) => path === c || path.startsWith(`${c}.`) || path.startsWith(`${c}[`))
  return { entries, unlisted: leafPaths(spec).filter((p) => !isCovered(p)) }
}
