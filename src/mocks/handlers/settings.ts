import { http } from 'msw'

import type { FieldError } from '@/api/schemas/common'

import { db, update } from '../db'
import { dto, errorBody, failure, fieldFailure, gw, ngScope, readJson } from '../http'

/** The one NG setting the mock knows: what lets a referenced entity be deleted with forceDelete. */
export const FORCE_DELETE_SETTING = 'enable_force_delete'

/**
 * The setting's definition as `SettingDto`. Name and default: [DOC] developer.harness.io
 * platform/settings/default-settings (General: "Enable Force Delete of Harness Resources", off);
 * [SRC] the Manager reads it at the account only (DefaultConnectorServiceImpl
 * isForceDeleteFFEnabledViaSettings: `getSetting(ENABLE_FORCE_DELETE, accountIdentifier, null,
 * null)`). [INF] its category, group and allowed scopes.
 */
function settingDto(value: string) {
  return {
    identifier: FORCE_DELETE_SETTING,
    name: 'Enable Force Delete of Harness Resources',
    category: 'CORE',
    groupIdentifier: 'core_settings',
    valueType: 'Boolean',
    allowedScopes: ['ACCOUNT'],
    allowOverrides: false,
    isSettingEditable: true,
    defaultValue: 'false',
    value,
    settingSource: value === 'false' ? 'DEFAULT' : 'ACCOUNT',
    orgIdentifier: null,
    projectIdentifier: null,
  }
}

/** [INF] the Manager's answer for a setting it does not define. */
const unknownSetting = (identifier: string) =>
  errorBody(400, 'INVALID_REQUEST', `Setting with identifier [${identifier}] does not exist.`)

/** Checks one `SettingRequestDto` of a PUT by the client's type, then the value's own type. */
async function checkItem(item: unknown, index: number): Promise<FieldError[]> {
  const { checkContract } = await import('@/api/contract/validate')
  const checked = checkContract<{ identifier: string; updateType: string; value?: string }>(
    'SettingRequestDto',
    item,
    `[${index}]`,
  )
  if (!checked.success) return checked.errors
  const { updateType, value } = checked.data
  if (updateType === 'UPDATE' && value !== 'true' && value !== 'false')
    return [{ fieldId: `[${index}].value`, error: 'must be true or false' }]
  return []
}

/**
 * NG settings ([SRC] the client's getSettingValue `GET /settings/{identifier}` and
 * updateSettingValue `PUT /settings`, body `SettingRequestDto[]`). Account scope only: the org and
 * project scopes read the account's value [INF: the setting allows no overrides].
 */
export const settingHandlers = [
  http.get(gw('/ng/api/settings/:identifier'), ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const value = db().settings[String(params.identifier)]
    if (value === undefined) return unknownSetting(String(params.identifier))
    return dto({ value, valueType: 'Boolean' })
  }),

  http.put(gw('/ng/api/settings'), async ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    if (scope.scope.orgId)
      return errorBody(
        400,
        'INVALID_REQUEST',
        `${FORCE_DELETE_SETTING} can only be set for the account.`,
      )
    const body = await readJson(request)
    if (!Array.isArray(body))
      return failure('body: must be a list of settings', [
        { fieldId: 'body', error: 'must be a list of settings' },
      ])
    const errors = (await Promise.all(body.map(checkItem))).flat()
    if (errors.length) return fieldFailure(errors)
    const items = body as { identifier: string; updateType: string; value?: string }[]
    const unknown = items.find((i) => db().settings[i.identifier] === undefined)
    if (unknown) return unknownSetting(unknown.identifier)
    const now = Date.now()
    return dto(
      update((d) =>
        items.map((i) => {
          d.settings[i.identifier] = i.updateType === 'RESTORE' ? 'false' : i.value!
          return {
            identifier: i.identifier,
            setting: settingDto(d.settings[i.identifier]),
            lastModifiedAt: now,
            updateStatus: true,
          }
        }),
      ),
    )
  }),
]
