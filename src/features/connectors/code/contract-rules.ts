import { checkContract, droppedPaths } from '@/api/contract/validate'
import { contractSchema } from '@/api/contract/to-zod'

import type { Problem } from './problem'

type Json = Record<string, unknown>

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined
    current = (current as Json)[key]
  }
  return current
}

const present = (v: unknown) => v !== undefined && v !== null

/**
 * The kind the Manager wants where `checkContract` says "must not be null" of a value that is
 * there (zod reports no input, so its message reads as if the value were missing): `username: 12`.
 */
function expectedKind(value: Json, path: readonly string[]): string | undefined {
  const result = contractSchema('ConnectorInfo').safeParse(value)
  const issue = result.error?.issues.find((i) => i.path.map(String).join('.') === path.join('.'))
  return issue?.code === 'invalid_type' ? issue.expected : undefined
}

/** An enum's message names every value; past a handful that is a wall of text, not help. */
function shorten(message: string): string {
  const values = /^must be one of (.*)$/.exec(message)?.[1].split(', ')
  if (!values || values.length <= 8) return message
  return `must be one of the Manager's ${values.length} values (${values.slice(0, 4).join(', ')}, …)`
}

/**
 * The Manager's types (`ConnectorInfo` of Harness's client): each failed rule on its node, named
 * by its body path (`spec.authentication.type: must be one of Http, Ssh`); keys the Manager would
 * drop, as warnings on the key. `typeError` marks a value that is there but of the wrong kind.
 */
export function contractProblems(value: Json): (Problem & { typeError?: boolean })[] {
  const checked = checkContract('ConnectorInfo', value)
  if (!checked.success)
    return checked.errors.map((e) => {
      const path = e.fieldId.split('.')
      const wrongKind = e.error === 'must not be null' && present(valueAt(value, path))
      const kind = wrongKind ? expectedKind(value, path) : undefined
      const error = wrongKind ? `must be a ${kind ?? 'value of another type'}` : shorten(e.error)
      return { path, message: `${e.fieldId}: ${error}`, typeError: wrongKind }
    })
  return droppedPaths(value, checked.data).map((p) => ({
    path: p.split('.'),
    message: `${p}: the Manager ignores this key (it is not in the ${String(value.type)} connector's type)`,
    key: true,
    warning: true,
  }))
}

/**
 * One message per node: the form's (and the identity rules') say more than the contract's
 * "must not be null" for a missing value; for a value of the wrong kind (`username: 12`), the
 * form only knows strings and would say "is required", so the contract's message wins.
 */
export function mergeProblems(
  earlier: Problem[],
  contract: (Problem & { typeError?: boolean })[],
): Problem[] {
  const key = (p: Problem) => p.path.join('.')
  const mistyped = new Set(contract.filter((p) => p.typeError).map(key))
  const said = new Set(earlier.map(key))
  return [
    ...earlier.filter((p) => !mistyped.has(key(p))),
    ...contract.filter((p) => p.typeError || p.warning || !said.has(key(p))),
  ].map(({ path, message, key: onKey, warning }) => ({ path, message, key: onKey, warning }))
}
