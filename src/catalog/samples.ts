import { defaultValues } from './defaults'
import type { FieldValue, Provider, ProviderField, ProviderValues } from './types'

/** A valid value for one field, for tests, demos and e2e loops. */
export function sampleFieldValue(field: ProviderField): FieldValue {
  const fits = (v: string) => !field.pattern || field.pattern.test(v)
  switch (field.kind) {
    case 'url':
      return typeof field.default === 'string' ? field.default : 'https://svc.example.com/api'
    case 'host':
      return 'host.example.com'
    case 'port':
      return 443
    case 'number':
      return typeof field.default === 'number' ? field.default : (field.min ?? 1)
    case 'secret':
      return `account.${field.name}_secret`
    case 'select':
      return field.options?.[0]?.value ?? ''
    case 'boolean':
      return true
    case 'list':
      return [field.placeholder && fits(field.placeholder) ? field.placeholder : 'item1']
    case 'keyValues':
      // One row of each form, so tests cover both API shapes.
      return [
        { key: 'Accept', value: 'application/json', encrypted: false, secretRef: '' },
        { key: 'X-Api-Key', value: '', encrypted: true, secretRef: `account.${field.name}_secret` },
      ]
    default:
      if (typeof field.default === 'string' && field.default) return field.default
      return field.placeholder && fits(field.placeholder)
        ? field.placeholder
        : `sample_${field.name}`
  }
}

/** Defaults plus a value for every field of `authMethod` (default: the first method). */
export function sampleValues(provider: Provider, authMethod?: string): ProviderValues {
  const values = defaultValues(provider, authMethod)
  const method = provider.authMethods.find((m) => m.id === values.authMethod)
  for (const field of [...provider.fields, ...(method?.fields ?? [])]) {
    values[field.name] = sampleFieldValue(field)
  }
  return {
    ...values,
    name: `Sample ${provider.label}`,
    identifier: `sample_${provider.id.replace(/-/g, '_')}`,
    description: 'Created by a test',
    tags: ['env:prod', 'team'],
    // A type without selectors (Slack, ...) never holds any: the form does not ask for them.
    delegateSelectors: provider.noDelegateSelectors ? [] : ['primary'],
  }
}
