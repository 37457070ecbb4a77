import { accountSchema, userInfoSchema } from '@/api/schemas/account'
import {
  connectivityDetailsSchema,
  connectorFilterSchema,
  connectorInfoSchema,
  connectorResponseSchema,
  connectorValidationResultSchema,
  errorDetailSchema,
} from '@/api/schemas/connector'
import {
  delegateDownloadRequestSchema,
  delegateGroupSchema,
  delegateInstanceSchema,
  delegateSetupDetailsSchema,
  delegateTokenSchema,
} from '@/api/schemas/delegate'
import { organizationSchema, projectSchema } from '@/api/schemas/scope'
import {
  entityDetailSchema,
  entityReferenceSchema,
  entitySetupUsageSchema,
  settingValueSchema,
} from '@/api/schemas/setup-usage'

import contract from './harness-contract.json'

/**
 * The console keeps its own small zod schemas for what it reads (they load with every page; the
 * derived contract does not). Every field they read must be a field of the client's type, so a
 * typo or a field the Manager never sends cannot hide behind `nullish()`.
 */

interface Def {
  properties?: Record<string, unknown>
  oneOf?: { properties?: Record<string, unknown> }[]
}
const definitions = contract.definitions as Record<string, Def>

/** Field names of a type: its properties, or those of every branch of a polymorphic type. */
function apiFields(name: string): Set<string> {
  const def = definitions[name]
  const branches = (def.oneOf ?? []).flatMap((b) => Object.keys(b.properties ?? {}))
  return new Set([...Object.keys(def.properties ?? {}), ...branches])
}

/** Keys of a console schema (unwrapping `z.lazy`). */
function consoleFields(schema: unknown): string[] {
  let s = schema as { _zod: { def: { type: string; getter?: () => unknown; shape?: object } } }
  while (s._zod.def.type === 'lazy') s = s._zod.def.getter!() as typeof s
  return Object.keys(s._zod.def.shape ?? {})
}

describe("the console's read schemas only read fields the API has", () => {
  it.each([
    ['ConnectorInfo', connectorInfoSchema],
    ['ConnectorResponse', connectorResponseSchema],
    ['ConnectorConnectivityDetails', connectivityDetailsSchema],
    ['ConnectorValidationResult', connectorValidationResultSchema],
    ['ErrorDetail', errorDetailSchema],
    ['ConnectorFilterProperties', connectorFilterSchema],
    ['DelegateTokenDetails', delegateTokenSchema],
    ['DelegateGroupDetails', delegateGroupSchema],
    ['DelegateInner', delegateInstanceSchema],
    ['DelegateDownloadRequest', delegateDownloadRequestSchema],
    ['DelegateSetupDetails', delegateSetupDetailsSchema],
    ['Organization', organizationSchema],
    ['EntitySetupUsage', entitySetupUsageSchema],
    ['EntityDetail', entityDetailSchema],
    ['EntityReference', entityReferenceSchema],
    ['SettingValueResponseDto', settingValueSchema],
    ['Project', projectSchema],
    ['Account', accountSchema],
    ['UserInfo', userInfoSchema],
  ] as const)('%s', (name, schema) => {
    const api = apiFields(name)
    expect(consoleFields(schema).length).toBeGreaterThan(1)
    expect(consoleFields(schema).filter((key) => !api.has(key))).toEqual([])
  })
})
