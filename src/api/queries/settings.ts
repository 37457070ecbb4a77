import { queryOptions } from '@tanstack/react-query'

import { requestDto } from '../client'
import { settingValueSchema } from '../schemas/setup-usage'

/**
 * "Enable Force Delete of Harness Resources" (Account Settings › Default Settings › General): the
 * Manager deletes a referenced entity with `forceDelete=true` only when it is on, and reads it at
 * the account ([SRC] harness-core DefaultConnectorServiceImpl.isForceDeleteFFEnabledViaSettings;
 * [DOC] developer.harness.io platform/references/entity-deletion-reference#force-delete).
 */
export const FORCE_DELETE_SETTING = 'enable_force_delete'

/** NG settings (Harness's client: getSettingValue, `GET /ng/api/settings/{identifier}`). */
export const settingQueries = {
  all: () => ['settings'] as const,
  value: (accountId: string, identifier: string) =>
    queryOptions({
      queryKey: [...settingQueries.all(), accountId, identifier] as const,
      queryFn: ({ signal }) =>
        requestDto({
          path: `/ng/api/settings/${encodeURIComponent(identifier)}`,
          query: { accountIdentifier: accountId },
          schema: settingValueSchema,
          signal,
          permission: 'Default Settings: View',
        }),
    }),
}
