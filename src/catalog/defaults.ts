import {
  methodsOf,
  type FieldValue,
  type Provider,
  type ProviderField,
  type ProviderValues,
} from './types'

/** The empty form value for a field kind, or its catalog default. */
export function fieldDefault(field: ProviderField): FieldValue {
  if (field.default !== undefined) {
    return Array.isArray(field.default) ? [...field.default] : field.default
  }
  switch (field.kind) {
    case 'boolean':
      return false
    case 'list':
    case 'keyValues':
      return []
    case 'select':
      return field.options?.[0]?.value ?? ''
    default:
      // Text-like inputs and number inputs hold '' when empty; the schema reads '' as "not set".
      return ''
  }
}

/**
 * `defaultValues` for the connector form: overview fields, the first auth method, and a value for
 * the fields of every auth method so that switching methods never meets an uncontrolled input.
 */
export function defaultValues(provider: Provider, authMethod?: string): ProviderValues {
  const methods = methodsOf(provider)
  const values: ProviderValues = {
    name: '',
    identifier: '',
    description: '',
    tags: [],
    delegateSelectors: [],
    connectivityMode: provider.connectivityModes?.[0] ?? 'delegate',
    authMethod: authMethod ?? methods[0].id,
  }
  for (const field of [...provider.fields, ...methods.flatMap((m) => m.fields)]) {
    if (!(field.name in values)) values[field.name] = fieldDefault(field)
  }
  return values
}
