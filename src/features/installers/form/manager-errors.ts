import { isApiError } from '@/api/errors'

import type { InstallerFormValues } from './schema'

type Field = keyof InstallerFormValues

/** Body field ids of DelegateDownloadRequest / DelegateSetupDetails → form fields. */
const FIELD_IDS: Record<string, Field> = {
  name: 'delegateName',
  tokenName: 'tokenName',
  size: 'size',
  tags: 'tags',
  clusterPermissionType: 'permission',
  customClusterNamespace: 'namespace',
  'k8sConfigDetails.k8sPermissionType': 'permission',
  'k8sConfigDetails.namespace': 'namespace',
}

/**
 * The download endpoints answer with an NG `Error` body (no `errors[]`) for their checks
 * ([SRC] DelegateDownloadServiceImpl messages, REFERENCE.md §4a), so those are matched by their
 * wording; 400 `Failure` bodies name their fields directly.
 */
const MESSAGE_FIELDS: [RegExp, Field][] = [
  [/delegate token|this token/i, 'tokenName'],
  [/namespace/i, 'namespace'],
  [/delegate with name|name .*already exists/i, 'delegateName'],
]

/** Where a failed download's error belongs in the form, or an empty list for a page-level error. */
export function fieldErrorsFrom(error: unknown): { field: Field; message: string }[] {
  if (!isApiError(error) || error.kind !== 'http' || error.status !== 400) return []
  const fromFailure = error.fieldErrors.flatMap(({ fieldId, error: message }) => {
    const field = FIELD_IDS[fieldId]
    return field ? [{ field, message }] : []
  })
  if (fromFailure.length) return fromFailure
  const match = MESSAGE_FIELDS.find(([pattern]) => pattern.test(error.message))
  return match ? [{ field: match[1], message: error.message }] : []
}
