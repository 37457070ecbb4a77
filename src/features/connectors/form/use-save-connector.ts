import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'

import { describeError, isApiError } from '@/api/errors'
import type { FieldError } from '@/api/schemas/common'
import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { applyEdit } from '@/catalog/apply-edit'
import { toConnectorInfo } from '@/catalog/to-api'
import type { Provider, ProviderValues } from '@/catalog/types'

import { useCreateConnector, useUpdateConnector } from '../api/mutations'
import { mapServerErrors } from './server-errors'
import { STEPS, stepOfField, type StepId } from './steps'

export interface SaveFailure {
  message: string
  /** Server field errors that match no field of the form. */
  other: FieldError[]
}

/**
 * Create (first save) or update (after it, or when editing). A failed save keeps every value in
 * the mounted form, puts the server's field errors on their fields and goes to the first step
 * that has one; the rest goes to a banner.
 */
export function useSaveConnector({
  provider,
  scope,
  form,
  saved,
  onSaved,
  goTo,
}: {
  provider: Provider
  scope: Scope
  form: UseFormReturn<ProviderValues>
  saved: ConnectorInfo | null
  onSaved: (info: ConnectorInfo) => void
  goTo: (step: StepId) => void
}) {
  const create = useCreateConnector(scope)
  const update = useUpdateConnector(scope)
  const [failure, setFailure] = useState<SaveFailure | null>(null)

  const save = async (values: ProviderValues) => {
    setFailure(null)
    // An edit changes the connector as the Manager sent it; it never rebuilds it from the form.
    const info = saved
      ? applyEdit(provider, values, scope, saved)
      : toConnectorInfo(provider, values, scope)
    try {
      const response = await (saved ? update : create).mutateAsync(info)
      // The saved values become the new baseline: the leave guard no longer asks.
      form.reset(form.getValues())
      onSaved(response.connector)
    } catch (error) {
      const mapped = mapServerErrors(
        provider,
        values.authMethod,
        isApiError(error) ? error.fieldErrors : [],
      )
      const names = Object.keys(mapped.fields)
      for (const name of names)
        form.setError(name, { type: 'server', message: mapped.fields[name] })
      if (names.length) {
        const steps = names.map((n) =>
          STEPS.findIndex((s) => s.id === stepOfField(provider, n, values.authMethod)),
        )
        goTo(STEPS[Math.min(...steps)].id)
      }
      setFailure({ message: describeError(error), other: mapped.other })
    }
  }
  return { save, failure, pending: create.isPending || update.isPending }
}
