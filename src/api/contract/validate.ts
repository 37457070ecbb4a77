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
