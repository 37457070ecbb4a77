import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'

import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { fromConnectorInfo } from '@/catalog/to-api'
import type { Provider, ProviderValues } from '@/catalog/types'

import { formToInfo } from './form-yaml'

/**
 * The wizard's two modes, Form and YAML, over one connector. Form → YAML shows what the form would
 * send; YAML → Form (valid YAML only) makes the typed connector the new base and resets the form
 * to its values, so a field the form does not model survives the round trip and is sent on save.
 */
export function useFormYaml({
  provider,
  scope,
  form,
  saved,
  onLoaded,
}: {
  provider: Provider
  scope: Scope
  form: UseFormReturn<ProviderValues>
  /** The connector in Harness (edit, or after the first save); null before a create. */
  saved: ConnectorInfo | null
  /** The form now holds values from YAML (the wizard stops deriving the identifier). */
  onLoaded?: () => void
}) {
  const [base, setBase] = useState<ConnectorInfo | null>(saved)
  /** The connector as it was when YAML mode opened; null in form mode. */
  const [start, setStart] = useState<ConnectorInfo | null>(null)
  const [yamlDirty, setYamlDirty] = useState(false)
  const build = (values: ProviderValues) => formToInfo(provider, values, scope, base)
  return {
    mode: start ? ('yaml' as const) : ('form' as const),
    start,
    build,
    toYaml: () => setStart(build(form.getValues())),
    /** Back to the form; `parsed` is the YAML's connector when the admin changed it. */
    toForm: (parsed: ConnectorInfo | null) => {
      if (parsed) {
        setBase(parsed)
        form.reset(fromConnectorInfo(provider, parsed))
        onLoaded?.()
      }
      setStart(null)
      setYamlDirty(false)
    },
    /**
     * Saved, or replaced by the version in Harness: that connector is the base. Saved from YAML,
     * the form still holds what it had before YAML mode: it takes the saved connector's values.
     */
    rebase: (info: ConnectorInfo) => {
      if (start) form.reset(fromConnectorInfo(provider, info))
      setBase(info)
      setStart(null)
      setYamlDirty(false)
    },
    setYamlDirty,
    /** Changes the form's own dirty state does not see: typed YAML, or a base from YAML. */
    dirty: yamlDirty || base !== saved,
  }
}
