import { methodsOf, type Provider, type ProviderField } from '@/catalog/types'

/** The wizard's steps, in the Harness order (seed 004). */
export const STEPS = [
  { id: 'overview', label: 'Overview' },
  { id: 'details', label: 'Details' },
  { id: 'credentials', label: 'Credentials' },
  { id: 'delegates', label: 'Delegates' },
  // The stepper's word for it: five labels fit one row of the wizard's card at 1280 px.
  { id: 'test', label: 'Connection test', short: 'Test' },
] as const
export type StepId = (typeof STEPS)[number]['id']

export const OVERVIEW_FIELDS = ['name', 'identifier', 'description', 'tags'] as const
export const DELEGATE_FIELDS = ['connectivityMode', 'delegateSelectors'] as const

export function methodFields(provider: Provider, authMethod: string): ProviderField[] {
  return methodsOf(provider).find((m) => m.id === authMethod)?.fields ?? []
}

/** The form names a step owns, so "Next" validates only what the user has seen. */
export function fieldsOfStep(provider: Provider, step: StepId, authMethod: string): string[] {
  switch (step) {
    case 'overview':
      return [...OVERVIEW_FIELDS]
    case 'details':
      return provider.fields.map((f) => f.name)
    case 'credentials':
      return ['authMethod', ...methodFields(provider, authMethod).map((f) => f.name)]
    case 'delegates':
      return [...DELEGATE_FIELDS]
    case 'test':
      return []
  }
}

/** The first step that owns one of these form names (to show a server error where it belongs). */
export function stepOfField(provider: Provider, name: string, authMethod: string): StepId {
  return (
    STEPS.find((s) => fieldsOfStep(provider, s.id, authMethod).includes(name))?.id ?? 'overview'
  )
}

/**
 * An identifier from a name, as Harness derives it: runs of characters outside `[0-9a-zA-Z_$]`
 * become `_`, and a leading digit gets a `_` in front (the entity rule wants a letter or `_` first).
 */
export function deriveIdentifier(name: string): string {
  const id = name
    .trim()
    .replace(/[^0-9a-zA-Z_$]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return (/^[0-9$]/.test(id) ? `_${id}` : id).slice(0, 128)
}
