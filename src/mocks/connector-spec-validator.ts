import type { FieldError } from '@/api/schemas/common'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { catalog } from '@/catalog'
import { fromConnectorInfo } from '@/catalog/to-api'
import { providerSchema } from '@/catalog/to-zod'
import { methodsOf, type Provider } from '@/catalog/types'

const COMMON: Record<string, string> = {
  name: 'name',
  identifier: 'identifier',
  description: 'description',
  tags: 'tags',
  delegateSelectors: 'spec.delegateSelectors',
  connectivityMode: 'spec.executeOnDelegate',
  authMethod: 'spec',
}

/** The body path the Manager would name for a form value: `name`, `spec.url`, `spec.auth.spec.passwordRef`. */
function fieldIdFor(provider: Provider, formName: string): string {
  if (COMMON[formName]) return COMMON[formName]
  const field = [...provider.fields, ...methodsOf(provider).flatMap((m) => m.fields)].find(
    (f) => f.name === formName,
  )
  return field ? `spec.${field.path}` : `spec.${formName}`
}

function errorsFor(provider: Provider, info: ConnectorInfo): FieldError[] {
  const result = providerSchema(provider.id).safeParse(fromConnectorInfo(provider, info))
  if (result.success) return []
  // The handler's own checks already judge the identifier; do not report it twice.
  const seen = new Set<string>(['identifier'])
  return result.error.issues.flatMap((issue) => {
    const fieldId = fieldIdFor(provider, String(issue.path[0] ?? 'spec'))
    if (seen.has(fieldId)) return []
    seen.add(fieldId)
    return [{ fieldId, error: issue.message }]
  })
}

/**
 * The mock Manager's acceptance rules for a connector `spec`, from the same catalog schema the
 * form uses (STYLE principle 5): read the body back into form values, parse, and name the failing
 * body paths. A type with several catalog providers (Kubernetes and OpenShift) passes if any of
 * them accepts it; types the catalog does not describe are left to the base checks.
 */
export function catalogSpecValidator(info: ConnectorInfo): FieldError[] {
  const candidates = catalog.filter((p) => p.type === info.type)
  if (!candidates.length) return []
  const primary = candidates.find((p) => !p.variantOf) ?? candidates[0]
  const results = candidates.map((p) => ({ p, errors: errorsFor(p, info) }))
  if (results.some((r) => r.errors.length === 0)) return []
  return results.find((r) => r.p === primary)!.errors
}
