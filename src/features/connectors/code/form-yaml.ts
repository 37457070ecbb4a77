import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { applyEdit } from '@/catalog/apply-edit'
import { toConnectorInfo } from '@/catalog/to-api'
import type { Provider, ProviderValues } from '@/catalog/types'

/**
 * The connector the form would send: its values applied to `base`, the last connector typed as
 * YAML or loaded from Harness (applyEdit keeps every field the form does not model), or, with no
 * base yet, a new one built from the values alone.
 *
 * On create the identifier is the form's (applyEdit keeps the base's, as an edit must); on edit
 * the form locks it, so the two agree.
 */
export function formToInfo(
  provider: Provider,
  values: ProviderValues,
  scope: Scope,
  base: ConnectorInfo | null,
): ConnectorInfo {
  if (!base) return toConnectorInfo(provider, values, scope)
  return { ...applyEdit(provider, values, scope, base), identifier: values.identifier }
}
