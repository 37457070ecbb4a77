import type { ConnectorInfo } from '@/api/schemas/connector'

import { applyConstants, deletePath, getPath, setPath } from './paths'
import { fromConnectorInfo, tagsToApi, toConnectorInfo, type ConnectorScope } from './to-api'
import { methodsOf, type AuthMethod, type Provider, type ProviderValues } from './types'

/**
 * The PUT body for an edit: the connector as the Manager sent it, with only what the form changed
 * applied. A body rebuilt from the form alone would delete every field the form does not model
 * (`ignoreTestConnection`, a Custom Health connector's encrypted headers, anything a
 * newer Manager adds), silently damaging a production connector.
 *
 * Rules:
 * - a value the form shows unchanged leaves the original untouched, byte for byte;
 * - a changed field is written at its path, or removed (with any object it leaves empty) when
 *   cleared; constants it brings (`field.set`) come and go with it;
 * - a changed auth method replaces the old method's part of the spec: the deepest object all its
 *   paths share (`authentication`, `credential`), or each of its paths where they share none.
 */
export function applyEdit(
  provider: Provider,
  values: ProviderValues,
  scope: ConnectorScope,
  original: ConnectorInfo,
): ConnectorInfo {
  const before = fromConnectorInfo(provider, original)
  const fresh = toConnectorInfo(provider, values, scope)
  const spec = structuredClone<Record<string, unknown>>(original.spec)
  const same = (key: string) => JSON.stringify(values[key]) === JSON.stringify(before[key])

  const oldMethod = methodFor(provider, before.authMethod)
  const newMethod = methodFor(provider, values.authMethod)
  const methodChanged = oldMethod.id !== newMethod.id
  const cleared = methodChanged ? ownPaths(oldMethod) : []
  for (const path of cleared) deletePath(spec, path)
  if (methodChanged) applyConstants(spec, newMethod.set)
  const underCleared = (path: string) => cleared.some((c) => path === c || path.startsWith(`${c}.`))

  for (const field of [...provider.fields, ...newMethod.fields]) {
    const isNew = methodChanged && newMethod.fields.includes(field)
    if (!isNew && !underCleared(field.path) && same(field.name)) continue
    const value = getPath(fresh.spec, field.path)
    if (value === undefined) {
      deletePath(spec, field.path)
      for (const path of Object.keys(field.set ?? {})) deletePath(spec, path)
    } else {
      setPath(spec, field.path, value)
      applyConstants(spec, field.set)
    }
  }

  if (!same('delegateSelectors') || !same('connectivityMode'))
    spec.delegateSelectors = fresh.spec.delegateSelectors
  if (!same('connectivityMode') && 'executeOnDelegate' in fresh.spec)
    spec.executeOnDelegate = fresh.spec.executeOnDelegate

  const info: ConnectorInfo = { ...structuredClone(original), spec }
  if (!same('name')) info.name = fresh.name
  if (!same('tags')) info.tags = tagsToApi(values.tags)
  if (!same('description')) {
    if (values.description) info.description = values.description
    else delete info.description
  }
  return info
}

function methodFor(provider: Provider, id: string): AuthMethod {
  const methods = methodsOf(provider)
  return methods.find((m) => m.id === id) ?? methods[0]
}

/**
 * The paths an auth method owns, grouped by their first key: in each group, the deepest object all
 * its paths share (`authentication`, `credential`), or the paths themselves when one is top level.
 */
function ownPaths(method: AuthMethod): string[] {
  const paths = [
    ...method.fields.flatMap((f) => [f.path, ...Object.keys(f.set ?? {})]),
    ...Object.keys(method.set ?? {}),
  ]
  const groups = new Map<string, string[]>()
  for (const p of paths) groups.set(p.split('.')[0], [...(groups.get(p.split('.')[0]) ?? []), p])
  return [...groups.values()].flatMap((group) => {
    const split = group.map((p) => p.split('.'))
    if (split.some((s) => s.length === 1)) return group
    const common: string[] = []
    for (let i = 0; split.every((s) => s.length > i + 1 && s[i] === split[0][i]); i++)
      common.push(split[0][i])
    return [common.join('.')]
  })
}
