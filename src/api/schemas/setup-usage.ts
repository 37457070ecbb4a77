import { z } from '@/lib/zod-mini'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/**
 * Where an entity is used: the Manager's EntitySetupUsageDTO ([SRC] harness-core
 * 120-ng-manager entitysetupusage; the client's `EntitySetupUsage`, `EntityDetail`,
 * `EntityReference`). Only what the console reads.
 */
export const entityReferenceSchema = z.lazy(() =>
  z.object({
    scope: z.nullish(z.string()),
    accountIdentifier: z.nullish(z.string()),
    orgIdentifier: z.nullish(z.string()),
    projectIdentifier: z.nullish(z.string()),
    identifier: z.nullish(z.string()),
  }),
)

export const entityDetailSchema = z.lazy(() =>
  z.object({
    /** EntityType's YAML name: `Pipelines`, `Service`, `Environment`, `Connectors`, ... */
    type: z.nullish(z.string()),
    name: z.nullish(z.string()),
    entityRef: z.nullish(entityReferenceSchema),
  }),
)
export type EntityDetail = z.infer<typeof entityDetailSchema>

/** A SetupUsageDetail subtype, told by `type`; its fields vary (environmentName, identifier, ...). */
export const setupUsageDetailSchema = z.lazy(() => z.record(z.string(), z.unknown()))

export const entitySetupUsageSchema = z.lazy(() =>
  z.object({
    referredByEntity: entityDetailSchema,
    referredEntity: z.nullish(entityDetailSchema),
    detail: z.nullish(setupUsageDetailSchema),
    createdAt: z.nullish(z.number()),
  }),
)
export type EntitySetupUsage = z.infer<typeof entitySetupUsageSchema>

/** An NG setting's value ([SRC] the client's `SettingValueResponseDto`): always a string. */
export const settingValueSchema = z.lazy(() =>
  z.object({ value: z.string(), valueType: z.string() }),
)
