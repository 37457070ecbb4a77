import type { FieldError } from '@/api/schemas/common'
import type { z } from '@/lib/zod-mini'

import { contractSchema, type ContractName } from './to-zod'

export type ContractResult<T = unknown> =
  { success: true; data: T } | { success: false; errors: FieldError[] }

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`
  if (issue.code === 'invalid_type')
    return issue.input === undefined ? 'must not be null' : `must be a ${issue.expected}`
  return issue.message
}

/**
 * Checks a value against one of the Manager's types and returns it as the Manager would keep it:
 * unknown fields dropped. Failures name the body path (`spec.authentication.type`), as the
 * Manager's `Failure.errors[].fieldId` does. `prefix` puts the value's place in the body first.
 */
export function checkContract<T = unknown>(
  name: ContractName,
  value: unknown,
  prefix = '',
): ContractResult<T> {
  const result = contractSchema(name).safeParse(value)
  if (result.success) return { success: true, data: result.data as T }
  const errors = result.error.issues.map((issue) => ({
    fieldId: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || name,
    error: describe(issue),
  }))
  return { success: false, errors }
}

/** The paths in `sent` that a contract check dropped (present in `sent`, absent from `kept`). */
export function droppedPaths(sent: unknown, kept: unknown, path = ''): string[] {
  if (!sent || typeof sent !== 'object') return []
  if (Array.isArray(sent))
    return sent.flatMap((item, i) =>
      droppedPaths(item, (kept as unknown[] | undefined)?.[i], `${path}.${i}`),
    )
  return Object.entries(sent).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key
    const next = (kept as Record<string, unknown> | undefined)?.[key]
    if (next === undefined && value !== undefined) return [here]
    return droppedPaths(value, next, here)
  })
}

/**
 * What keeps `value` from being exactly one of the Manager's `name` values: each failed rule, then
 * each field the type does not have. Empty when the API would take it as it is.
 */
export function contractProblems(name: ContractName, value: unknown): string[] {
  const checked = checkContract(name, value)
  if (!checked.success) return checked.errors.map((e) => `${e.fieldId}: ${e.error}`)
  return droppedPaths(value, checked.data).map((p) => `${p}: not in ${name}`)
}
