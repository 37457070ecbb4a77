import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'

import { describeError, isApiError } from '@/api/errors'
import type { FieldError } from '@/api/schemas/common'
import type { ConnectorInfo, ConnectorResponse } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { applyEdit } from '@/catalog/apply-edit'
import { toConnectorInfo } from '@/catalog/to-api'
import type { Provider, ProviderValues } from '@/catalog/types'

import { useCreateConnector, useUpdateConnector } from '../api/mutations'
import type { ReviewRequest } from '../review/review-dialog'
import { mapServerErrors } from './server-errors'
import { STEPS, stepOfField, type StepId } from './steps'

export interface SaveFailure {
  message: string
  /** Server field errors that match no field of the form. */
  other: FieldError[]
}

/**
 * Create (first save) or update (after it, or when editing), always through the review: `save`
 * (the form's values) and `saveInfo` (a connector typed as YAML) open it, and only its confirm
 * sends. A failed save keeps every value in the mounted form, puts the server's field errors on
 * their fields and goes to the first step that has one; the rest goes to a banner.
 */
export function useSaveConnector({
  provider,
  scope,
  form,
  saved,
  modifiedAt,
  onSaved,
  onTakeTheirs,
  goTo,
  build,
}: {
  provider: Provider
  scope: Scope
  form: UseFormReturn<ProviderValues>
  saved: ConnectorInfo | null
  /** The Manager's `lastModifiedAt` for `saved`: the review's check for a stale edit. */
  modifiedAt?: number | null
  onSaved: (response: ConnectorResponse) => void
  /** The admin dropped the edit for the version in Harness now. */
  onTakeTheirs: (theirs: ConnectorResponse) => void
  goTo: (step: StepId) => void
  /**
   * The body for the form's values when the wizard has its own base (a connector typed as YAML,
   * whose fields the form does not model must survive); otherwise an edit of `saved` or a new one.
   */
  build?: (values: ProviderValues) => ConnectorInfo
}) {
  const create = useCreateConnector(scope)
  const update = useUpdateConnector(scope)
  const [failure, setFailure] = useState<SaveFailure | null>(null)
  const [request, setRequest] = useState<(ReviewRequest & { values?: ProviderValues }) | null>(null)

  /** The form's values: an edit changes the connector as the Manager sent it, never rebuilds it. */
  const save = (values: ProviderValues) => {
    setFailure(null)
    const mine = build
      ? build(values)
      : saved
        ? applyEdit(provider, values, scope, saved)
        : toConnectorInfo(provider, values, scope)
    setRequest({ mine, base: saved, baseModifiedAt: modifiedAt, values })
  }

  /** A whole connector (from YAML), sent as it is. */
  const saveInfo = (mine: ConnectorInfo) => {
    setFailure(null)
    setRequest({ mine, base: saved, baseModifiedAt: modifiedAt })
  }

  const send = async (info: ConnectorInfo, values: ProviderValues | undefined) => {
    setRequest(null)
    try {
      const response = await (saved ? update : create).mutateAsync(info)
      // The saved values become the new baseline: the leave guard no longer asks.
      form.reset(form.getValues())
      onSaved(response)
    } catch (error) {
      const mapped = mapServerErrors(
        provider,
        values?.authMethod ?? form.getValues('authMethod'),
        isApiError(error) ? error.fieldErrors : [],
      )
      const names = values ? Object.keys(mapped.fields) : []
      for (const name of names)
        form.setError(name, { type: 'server', message: mapped.fields[name] })
      if (values && names.length) {
        const steps = names.map((n) =>
          STEPS.findIndex((s) => s.id === stepOfField(provider, n, values.authMethod)),
        )
        goTo(STEPS[Math.min(...steps)].id)
      }
      // From YAML, every server field error is listed in the banner.
      const other = values ? mapped.other : isApiError(error) ? error.fieldErrors : []
      setFailure({ message: describeError(error), other })
    }
  }

  const review = {
    request,
    scope,
    onCancel: () => setRequest(null),
    onConfirm: (info: ConnectorInfo) => void send(info, request?.values),
    onTakeTheirs: (theirs: ConnectorResponse) => {
      setRequest(null)
      setFailure(null)
      onTakeTheirs(theirs)
    },
  }
  return { save, saveInfo, review, failure, pending: create.isPending || update.isPending }
}
