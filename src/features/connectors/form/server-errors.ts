import type { FieldError } from '@/api/schemas/common'
import { methodsOf, type Provider } from '@/catalog/types'

import { DELEGATE_FIELDS, OVERVIEW_FIELDS } from './steps'

/** Spec paths that belong to the wizard's common fields rather than to a catalog field. */
const SPEC_TO_FORM: Record<string, string> = {
  delegateSelectors: 'delegateSelectors',
  executeOnDelegate: 'connectivityMode',
}

/**
 * The form name a Manager `fieldId` stands for. The Manager names body paths (`connector.name`,
 * `spec.url`, `spec.authentication.spec.spec.tokenRef`, or the bare spec path); catalog fields are
 * found by their `path`, preferring the chosen auth method's field when two share a path.
 */
export function formNameFor(
  provider: Provider,
  authMethod: string,
  fieldId: string,
): string | undefined {
  const id = fieldId.replace(/^connector\./, '')
  if ((OVERVIEW_FIELDS as readonly string[]).includes(id)) return id
  if ((DELEGATE_FIELDS as readonly string[]).includes(id)) return id
  const path = id.replace(/^spec\./, '')
  if (SPEC_TO_FORM[path]) return SPEC_TO_FORM[path]
  const method = methodsOf(provider).find((m) => m.id === authMethod)
  const fields = [...(method?.fields ?? []), ...provider.fields]
  return fields.find((f) => f.path === path || f.name === path)?.name
}

export interface MappedErrors {
  /** Form name → message, for `setError`. */
  fields: Record<string, string>
  /** Errors with no field of the form (shown in the banner). */
  other: FieldError[]
}

export function mapServerErrors(
  provider: Provider,
  authMethod: string,
  errors: FieldError[],
): MappedErrors {
  const result: MappedErrors = { fields: {}, other: [] }
  for (const e of errors) {
    const name = formNameFor(provider, authMethod, e.fieldId)
    if (name && !result.fields[name]) result.fields[name] = e.error
    else if (!name) result.other.push(e)
  }
  return result
}
