import { defaultValues } from './defaults'
import { findProvider } from './index'
import type { Provider, ProviderValues } from './types'

/** The URL parameter naming the not-created provider a wizard was started for. */
export const FROM_PARAM = 'from'

/**
 * The values a wizard for `target` starts with when opened "instead of" the provider `fromId`
 * (Bugsnag → Custom Health): that provider's prefill, kept only where `target` has such a field,
 * over the target's defaults. Anything else in the URL is ignored: the URL only names a provider.
 */
export function prefillFor(
  target: Provider,
  fromId: string | null | undefined,
): { from: Provider; values: ProviderValues } | undefined {
  const from = fromId ? findProvider(fromId) : undefined
  const instead = from?.createInstead
  if (!from || instead?.providerId !== target.id) return undefined
  const values = defaultValues(target)
  for (const [key, value] of Object.entries(instead.prefill ?? {}))
    if (key in values && value !== undefined) values[key] = structuredClone(value)
  return { from, values }
}
