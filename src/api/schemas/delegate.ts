import { z } from '@/lib/zod-mini'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/** REFERENCE.md §3 ([SRC] DelegateTokenDetails.java). `value` only comes back on create (and to editors). */
export const delegateTokenStatusSchema = z.lazy(() => z.enum(['ACTIVE', 'REVOKED']))
export type DelegateTokenStatus = z.infer<typeof delegateTokenStatusSchema>

export const principalSchema = z.lazy(() =>
  z.object({
    type: z.nullish(z.string()),
    name: z.nullish(z.string()),
  }),
)

export const delegateTokenSchema = z.lazy(() =>
  z.object({
    uuid: z.nullish(z.string()),
    accountId: z.nullish(z.string()),
    name: z.string(),
    createdBy: z.nullish(z.object({ name: z.nullish(z.string()), email: z.nullish(z.string()) })),
    createdByNgUser: z.nullish(principalSchema),
    createdAt: z.nullish(z.number()),
    status: delegateTokenStatusSchema,
    value: z.nullish(z.string()),
    ownerIdentifier: z.nullish(z.string()),
    revokeAfter: z.nullish(z.number()),
  }),
)
export type DelegateToken = z.infer<typeof delegateTokenSchema>

/** REFERENCE.md §4c ([SRC] DelegateGroupDetails.java, DelegateInner). */
export const delegateInstanceSchema = z.lazy(() =>
  z.object({
    uuid: z.nullish(z.string()),
    lastHeartbeat: z.nullish(z.number()),
    activelyConnected: z.nullish(z.boolean()),
    hostName: z.nullish(z.string()),
    tokenActive: z.nullish(z.boolean()),
    version: z.nullish(z.string()),
    delegateExpirationTime: z.nullish(z.number()),
  }),
)
export type DelegateInstance = z.infer<typeof delegateInstanceSchema>

export const delegateGroupSchema = z.lazy(() =>
  z.object({
    groupId: z.nullish(z.string()),
    delegateGroupIdentifier: z.nullish(z.string()),
    delegateType: z.nullish(z.string()),
    groupName: z.nullish(z.string()),
    delegateDescription: z.nullish(z.string()),
    groupImplicitSelectors: z.nullish(z.record(z.string(), z.string())),
    groupCustomSelectors: z.nullish(z.array(z.string())),
    lastHeartBeat: z.nullish(z.number()),
    /** Free-form lowercase string: "connected" | "disconnected" | "partially connected" (§9.11). */
    connectivityStatus: z.nullish(z.string()),
    activelyConnected: z.nullish(z.boolean()),
    delegateInstanceDetails: z.nullish(z.array(delegateInstanceSchema)),
    tokenActive: z.nullish(z.boolean()),
    autoUpgrade: z.nullish(z.string()),
    delegateGroupExpirationTime: z.nullish(z.number()),
    delegateVersion: z.nullish(z.string()),
    groupVersion: z.nullish(z.string()),
    /** When the upgrader last checked in (the client's DelegateGroupDetails). */
    upgraderLastUpdated: z.nullish(z.number()),
    immutable: z.nullish(z.boolean()),
  }),
)
export type DelegateGroup = z.infer<typeof delegateGroupSchema>

export const delegateGroupListingSchema = z.lazy(() =>
  z.object({
    delegateGroupDetails: z.nullish(z.array(delegateGroupSchema)),
  }),
)

export const latestVersionSchema = z.lazy(() =>
  z.object({
    latestSupportedVersion: z.nullish(z.string()),
    latestSupportedMinimalVersion: z.nullish(z.string()),
  }),
)

/**
 * A delegate image override (the client's VersionOverrideResponseDto; not in REFERENCE.md): the
 * delegates at its scope that carry every one of `tags` run `version` (an image) until `validUntil`.
 */
export const versionOverrideSchema = z.lazy(() =>
  z.object({
    orgIdentifier: z.nullish(z.string()),
    projectIdentifier: z.nullish(z.string()),
    tags: z.nullish(z.array(z.string())),
    version: z.nullish(z.string()),
    validTillNextRelease: z.nullish(z.boolean()),
    /** A date-time string in the client's type. */
    validUntil: z.nullish(z.string()),
  }),
)
export type VersionOverride = z.infer<typeof versionOverrideSchema>

export const versionOverridesSchema = z.lazy(() =>
  z.object({ versionOverrides: z.nullish(z.array(versionOverrideSchema)) }),
)

/** The client's DelegateGroupDto, as the tag calls answer. */
export const delegateGroupTagsSchema = z.lazy(() =>
  z.object({
    identifier: z.nullish(z.string()),
    name: z.nullish(z.string()),
    tags: z.nullish(z.array(z.string())),
  }),
)

export const delegateSizeSchema = z.lazy(() => z.enum(['LAPTOP', 'SMALL', 'MEDIUM', 'LARGE']))
export const k8sPermissionSchema = z.lazy(() =>
  z.enum(['CLUSTER_ADMIN', 'CLUSTER_VIEWER', 'NAMESPACE_ADMIN']),
)

/** REFERENCE.md §4a ([SRC] DelegateDownloadRequest.java). */
export const delegateDownloadRequestSchema = z.lazy(() =>
  z.object({
    name: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
    size: z.optional(delegateSizeSchema),
    tags: z.optional(z.array(z.string())),
    tokenName: z.optional(z.string()),
    clusterPermissionType: z.optional(k8sPermissionSchema),
    customClusterNamespace: z.optional(z.string()),
  }),
)
export type DelegateDownloadRequest = z.infer<typeof delegateDownloadRequestSchema>

/** REFERENCE.md §4b ([SRC] DelegateSetupDetails.java). */
export const delegateSetupDetailsSchema = z.lazy(() =>
  z.object({
    orgIdentifier: z.optional(z.string()),
    projectIdentifier: z.optional(z.string()),
    name: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
    size: z.optional(delegateSizeSchema),
    identifier: z.optional(z.string()),
    k8sConfigDetails: z.optional(
      z.object({
        k8sPermissionType: z.optional(k8sPermissionSchema),
        namespace: z.optional(z.string()),
      }),
    ),
    tags: z.optional(z.array(z.string())),
    delegateType: z.string(),
    tokenName: z.optional(z.string()),
    runAsRoot: z.optional(z.boolean()),
    version: z.optional(z.string()),
  }),
)
export type DelegateSetupDetails = z.infer<typeof delegateSetupDetailsSchema>
