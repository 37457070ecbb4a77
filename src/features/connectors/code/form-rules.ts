import type { ConnectorInfo } from '@/api/schemas/connector'
import { detectMethod, fromConnectorInfo } from '@/catalog/to-api'
import { providerSchema } from '@/catalog/to-zod'
import type { AuthMethod, Provider } from '@/catalog/types'

import type { Problem } from './problem'

/** The form's top-level values and their place in a `connector:` document. */
const TOP: Record<string, string[]> = {
  name: ['name'],
  identifier: ['identifier'],
  description: ['description'],
  tags: ['tags'],
  delegateSelectors: ['spec', 'delegateSelectors'],
  // The form's "connectivity mode" is the spec's `executeOnDelegate` (src/catalog/to-api.ts).
  connectivityMode: ['spec', 'executeOnDelegate'],
}

/** A `keyValues` row's inputs and the keys `keyValuesToApi` writes them to. */
const ROW_KEYS: Record<string, string> = {
  key: 'key',
  value: 'value',
  secretRef: 'encryptedValueRef',
}

/**
 * Where an issue of the form's schema (`providerSchema`) sits in the connector's YAML, so the
 * form's own message lands on the key it is about. Issue paths are form value names, then, for
 * lists and key/value rows, the row index and input (`['headers', 1, 'secretRef']`).
 */
export function yamlPathOfIssue(
  provider: Provider,
  method: AuthMethod,
  issuePath: readonly PropertyKey[],
  connector: Record<string, unknown>,
): (string | number)[] {
  const [name, index, input] = issuePath.map((p) => (typeof p === 'symbol' ? '' : p))
  if (name === 'tags' && typeof index === 'number') {
    // The form holds tags as `key:value` strings in the map's order; the YAML is the map.
    const tags = connector.tags
    const key = tags && typeof tags === 'object' ? Object.keys(tags)[index] : undefined
    return key === undefined ? ['tags'] : ['tags', key]
  }
  const top = TOP[String(name)]
  if (top) return index === undefined ? top : [...top, index]
  const field = [...provider.fields, ...method.fields].find((f) => f.name === name)
  if (!field) return ['spec']
  const path: (string | number)[] = ['spec', ...field.path.split('.')]
  if (typeof index !== 'number') return path
  if (field.kind === 'keyValues') return [...path, index, ROW_KEYS[String(input)] ?? 'key']
  if (field.kind === 'list' && field.listItemKey) return [...path, index, field.listItemKey]
  return [...path, index]
}

/** The form's schema over the values the form would show for this connector, with its messages. */
export function formProblems(
  provider: Provider | undefined,
  value: Record<string, unknown>,
): Problem[] {
  const spec = value.spec
  // Without a spec the contract says so once; the form would list every field as missing.
  if (!provider || !spec || typeof spec !== 'object' || Array.isArray(spec)) return []
  const info = { ...value, spec } as ConnectorInfo
  const method = detectMethod(provider, spec)
  const values = fromConnectorInfo(provider, info)
  const result = providerSchema(provider.id).safeParse(values)
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    path: yamlPathOfIssue(provider, method, issue.path, value),
    message: issue.message,
  }))
}
