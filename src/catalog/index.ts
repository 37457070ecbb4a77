import {
  CATEGORY_BY_TYPE,
  type ConnectorCategory,
  type ConnectorType,
} from '@/api/schemas/connector'

import { CATEGORIES } from './categories'
import { providers } from './providers'
import type { CategoryId, Provider } from './types'

export { CATEGORIES, type Category } from './categories'

const order = (p: Provider) => CATEGORIES.findIndex((c) => c.id === p.category)

/** Every provider, by category, then in the order of the registry. */
export const catalog: readonly Provider[] = [...providers].sort((a, b) => order(a) - order(b))

const byId = new Map(catalog.map((p) => [p.id, p]))

/** The provider with this id; throws for an unknown id (a programming error, not user input). */
export function getProvider(id: string): Provider {
  const provider = byId.get(id)
  if (!provider) throw new Error(`Unknown provider "${id}"`)
  return provider
}

export function findProvider(id: string): Provider | undefined {
  return byId.get(id)
}

export const providersByCategory: Readonly<Record<CategoryId, readonly Provider[]>> =
  Object.fromEntries(
    CATEGORIES.map((c) => [c.id, catalog.filter((p) => p.category === c.id)]),
  ) as Record<CategoryId, Provider[]>

/** The primary provider for an API type (variants such as OpenShift are skipped). */
export function providerForType(type: ConnectorType): Provider | undefined {
  return catalog.find((p) => p.type === type && !p.variantOf)
}

/** The API category of a provider's type, or of its console category when it has no type. */
export function apiCategoryOf(provider: Provider): ConnectorCategory {
  if (provider.type) return CATEGORY_BY_TYPE[provider.type]
  return CATEGORIES.find((c) => c.id === provider.category)!.apiCategory
}

export type { Provider } from './types'
