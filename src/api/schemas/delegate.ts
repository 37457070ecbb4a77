import { z } from '@/lib/zod'

/** REFERENCE.md §3 ([SRC] DelegateTokenDetails.java). `value` only comes back on create (and to editors). */
export const delegateTokenStatusSchema = z.enum(['ACTIVE', 'REVOKED'])
export type DelegateTokenStatus = z.infer<typeof delegateTokenStatusSchema>

export const principalSchema = z.object({
  type: z.string().nullish(),
  name: z.string().nullish(),
})

export const delegateTokenSchema = z.object({
  uuid: z.string().nullish(),
  accountId: z.string().nullish(),
  name: z.string(),
  createdBy: z.object({ name: z.string().nullish(), email: z.string().nullish() }).nullish(),
  createdByNgUser: principalSchema.nullish(),
  createdAt: z.number().nullish(),
  status: delegateTokenStatusSchema,
  value: z.string().nullish(),
  ownerIdentifier: z.string().nullish(),
  revokeAfter: z.number().nullish(),
})
export type DelegateToken = z.infer<typeof delegateTokenSchema>

/** REFERENCE.md §4c ([SRC] DelegateGroupDetails.java, DelegateInner). */
export const delegateInstanceSchema = z.object({
  uuid: z.string().nullish(),
  lastHeartbeat: z.number().nullish(),
  activelyConnected: z.boolean().nullish(),
  hostName: z.string().nullish(),
  tokenActive: z.boolean().nullish(),
  version: z.string().nullish(),
  delegateExpirationTime: z.number().nullish(),
})
export type DelegateInstance = z.infer<typeof delegateInstanceSchema>

export const delegateGroupSchema = z.object({
  groupId: z.string().nullish(),
  delegateGroupIdentifier: z.string().nullish(),
  delegateType: z.string().nullish(),
  groupName: z.string().nullish(),
  delegateDescription: z.string().nullish(),
  groupImplicitSelectors: z.record(z.string(), z.string()).nullish(),
  groupCustomSelectors: z.array(z.string()).nullish(),
  lastHeartBeat: z.number().nullish(),
  /** Free-form lowercase string: "connected" | "disconnected" | "partially connected" (§9.11). */
  connectivityStatus: z.string().nullish(),
  activelyConnected: z.boolean().nullish(),
  delegateInstanceDetails: z.array(delegateInstanceSchema).nullish(),
  tokenActive: z.boolean().nullish(),
  autoUpgrade: z.string().nullish(),
  delegateGroupExpirationTime: z.number().nullish(),
  delegateVersion: z.string().nullish(),
  groupVersion: z.string().nullish(),
})
export type DelegateGroup = z.infer<typeof delegateGroupSchema>

export const delegateGroupListingSchema = z.object({
  delegateGroupDetails: z.array(delegateGroupSchema).nullish(),
})

export const latestVersionSchema = z.object({
  latestSupportedVersion: z.string().nullish(),
  latestSupportedMinimalVersion: z.string().nullish(),
})

export const delegateSizeSchema = z.enum(['LAPTOP', 'SMALL', 'MEDIUM', 'LARGE'])
export const k8sPermissionSchema = z.enum(['CLUSTER_ADMIN', 'CLUSTER_VIEWER', 'NAMESPACE_ADMIN'])

/** REFERENCE.md §4a ([SRC] DelegateDownloadRequest.java). */
export const delegateDownloadRequestSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  size: delegateSizeSchema.optional(),
  tags: z.array(z.string()).optional(),
  tokenName: z.string().optional(),
  clusterPermissionType: k8sPermissionSchema.optional(),
  customClusterNamespace: z.string().optional(),
})
export type DelegateDownloadRequest = z.infer<typeof delegateDownloadRequestSchema>

/** REFERENCE.md §4b ([SRC] DelegateSetupDetails.java). */
export const delegateSetupDetailsSchema = z.object({
  orgIdentifier: z.string().optional(),
  projectIdentifier: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  size: delegateSizeSchema.optional(),
  identifier: z.string().optional(),
  k8sConfigDetails: z
    .object({ k8sPermissionType: k8sPermissionSchema.optional(), namespace: z.string().optional() })
    .optional(),
  tags: z.array(z.string()).optional(),
  delegateType: z.string(),
  tokenName: z.string().optional(),
  runAsRoot: z.boolean().optional(),
  version: z.string().optional(),
})
export type DelegateSetupDetails = z.infer<typeof delegateSetupDetailsSchema>
