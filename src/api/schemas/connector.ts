import { z } from '@/lib/zod-mini'

import { tagsSchema } from './common'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/**
 * The Manager's connector contract. REFERENCE.md §5 ([SRC] ConnectorType.java, ConnectorCategory.java,
 * ConnectorResponseDTO.java, ConnectorConnectivityDetails.java, ConnectorValidationResult.java).
 * This is the only list of connector types in the console; the provider catalog refers to it.
 * It equals `ConnectorInfo['type']` of Harness's client (src/api/contract/contract.test.ts fails
 * when they drift), which also added Slack, MsTeams, Zoom and Confluence after REFERENCE.md's list.
 */
export const CONNECTOR_TYPES = [
  'K8sCluster',
  'Git',
  'Splunk',
  'AppDynamics',
  'Prometheus',
  'Dynatrace',
  'Vault',
  'AzureKeyVault',
  'DockerRegistry',
  'Local',
  'AwsKms',
  'GcpKms',
  'AwsSecretManager',
  'Gcp',
  'Aws',
  'Azure',
  'Artifactory',
  'Jira',
  'Nexus',
  'Github',
  'Gitlab',
  'Bitbucket',
  'Codecommit',
  'CEAws',
  'CEAzure',
  'GcpCloudCost',
  'CEK8sCluster',
  'HttpHelmRepo',
  'NewRelic',
  'Datadog',
  'SumoLogic',
  'PagerDuty',
  'CustomHealth',
  'ServiceNow',
  'ErrorTracking',
  'Pdc',
  'AzureRepo',
  'Jenkins',
  'OciHelmRepo',
  'CustomSecretManager',
  'ElasticSearch',
  'GcpSecretManager',
  'AzureArtifacts',
  'Tas',
  'Spot',
  'Bamboo',
  'TerraformCloud',
  'SignalFX',
  'Harness',
  'Rancher',
  'JDBC',
  'Slack',
  'MsTeams',
  'Zoom',
  'Confluence',
] as const
export const connectorTypeSchema = z.lazy(() => z.enum(CONNECTOR_TYPES))
export type ConnectorType = z.infer<typeof connectorTypeSchema>

export const CONNECTOR_CATEGORIES = [
  'CLOUD_PROVIDER',
  'SECRET_MANAGER',
  'CLOUD_COST',
  'ARTIFACTORY',
  'CODE_REPO',
  'MONITORING',
  'TICKETING',
  'COMMUNICATION',
  'DATABASE',
  'DOCUMENTATION',
] as const
export const connectorCategorySchema = z.lazy(() => z.enum(CONNECTOR_CATEGORIES))
export type ConnectorCategory = z.infer<typeof connectorCategorySchema>

/**
 * Which API category each type belongs to, as the catalogue endpoint groups them.
 * [INF] grouping follows the Harness UI's connector picker; CLOUD_COST types are CCM-only.
 */
export const CATEGORY_BY_TYPE: Record<ConnectorType, ConnectorCategory> = {
  Github: 'CODE_REPO',
  Gitlab: 'CODE_REPO',
  Bitbucket: 'CODE_REPO',
  Git: 'CODE_REPO',
  AzureRepo: 'CODE_REPO',
  Codecommit: 'CODE_REPO',
  Harness: 'CODE_REPO',
  DockerRegistry: 'ARTIFACTORY',
  Artifactory: 'ARTIFACTORY',
  Nexus: 'ARTIFACTORY',
  HttpHelmRepo: 'ARTIFACTORY',
  OciHelmRepo: 'ARTIFACTORY',
  AzureArtifacts: 'ARTIFACTORY',
  Jenkins: 'ARTIFACTORY',
  Bamboo: 'ARTIFACTORY',
  Aws: 'CLOUD_PROVIDER',
  Gcp: 'CLOUD_PROVIDER',
  Azure: 'CLOUD_PROVIDER',
  K8sCluster: 'CLOUD_PROVIDER',
  Pdc: 'CLOUD_PROVIDER',
  Tas: 'CLOUD_PROVIDER',
  Spot: 'CLOUD_PROVIDER',
  Rancher: 'CLOUD_PROVIDER',
  TerraformCloud: 'CLOUD_PROVIDER',
  JDBC: 'DATABASE',
  Vault: 'SECRET_MANAGER',
  AzureKeyVault: 'SECRET_MANAGER',
  AwsKms: 'SECRET_MANAGER',
  GcpKms: 'SECRET_MANAGER',
  AwsSecretManager: 'SECRET_MANAGER',
  GcpSecretManager: 'SECRET_MANAGER',
  CustomSecretManager: 'SECRET_MANAGER',
  Local: 'SECRET_MANAGER',
  CEAws: 'CLOUD_COST',
  CEAzure: 'CLOUD_COST',
  GcpCloudCost: 'CLOUD_COST',
  CEK8sCluster: 'CLOUD_COST',
  Splunk: 'MONITORING',
  AppDynamics: 'MONITORING',
  Prometheus: 'MONITORING',
  Dynatrace: 'MONITORING',
  NewRelic: 'MONITORING',
  Datadog: 'MONITORING',
  SumoLogic: 'MONITORING',
  CustomHealth: 'MONITORING',
  ErrorTracking: 'MONITORING',
  ElasticSearch: 'MONITORING',
  SignalFX: 'MONITORING',
  Jira: 'TICKETING',
  ServiceNow: 'TICKETING',
  PagerDuty: 'TICKETING',
  // [INF] the three categories the current API added (ConnectorFilterProperties.categories in
  // @harnessio/react-ng-manager-v2-client); which type goes where follows their names.
  Slack: 'COMMUNICATION',
  MsTeams: 'COMMUNICATION',
  Zoom: 'COMMUNICATION',
  Confluence: 'DOCUMENTATION',
}

export const CONNECTIVITY_STATUSES = [
  'SUCCESS',
  'FAILURE',
  'PARTIAL',
  'UNKNOWN',
  'PENDING',
] as const
export const connectivityStatusSchema = z.lazy(() => z.enum(CONNECTIVITY_STATUSES))
export type ConnectivityStatus = z.infer<typeof connectivityStatusSchema>

export const errorDetailSchema = z.lazy(() =>
  z.object({
    reason: z.nullish(z.string()),
    message: z.nullish(z.string()),
    code: z.nullish(z.number()),
  }),
)
export type ErrorDetail = z.infer<typeof errorDetailSchema>

export const connectorInfoSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    identifier: z.string(),
    description: z.nullish(z.string()),
    accountIdentifier: z.nullish(z.string()),
    orgIdentifier: z.nullish(z.string()),
    projectIdentifier: z.nullish(z.string()),
    tags: z.nullish(tagsSchema),
    type: connectorTypeSchema,
    spec: z.record(z.string(), z.unknown()),
  }),
)
export type ConnectorInfo = z.infer<typeof connectorInfoSchema>

export const connectivityDetailsSchema = z.lazy(() =>
  z.object({
    status: z.nullish(connectivityStatusSchema),
    errorSummary: z.nullish(z.string()),
    errors: z.nullish(z.array(errorDetailSchema)),
    testedAt: z.nullish(z.number()),
    lastTestedAt: z.nullish(z.number()),
    lastConnectedAt: z.nullish(z.number()),
  }),
)
export type ConnectivityDetails = z.infer<typeof connectivityDetailsSchema>

export const connectorResponseSchema = z.lazy(() =>
  z.object({
    connector: connectorInfoSchema,
    createdAt: z.nullish(z.number()),
    lastModifiedAt: z.nullish(z.number()),
    status: z.nullish(connectivityDetailsSchema),
    activityDetails: z.nullish(z.object({ lastActivityTime: z.nullish(z.number()) })),
    harnessManaged: z.nullish(z.boolean()),
    isFavorite: z.nullish(z.boolean()),
  }),
)
export type ConnectorResponse = z.infer<typeof connectorResponseSchema>

export const connectorValidationResultSchema = z.lazy(() =>
  z.object({
    status: z.nullish(connectivityStatusSchema),
    errors: z.nullish(z.array(errorDetailSchema)),
    errorSummary: z.nullish(z.string()),
    testedAt: z.nullish(z.number()),
    delegateId: z.nullish(z.string()),
    taskId: z.nullish(z.string()),
  }),
)
export type ConnectorValidationResult = z.infer<typeof connectorValidationResultSchema>

export const connectorCatalogueSchema = z.lazy(() =>
  z.object({
    catalogue: z.nullish(
      z.array(
        z.object({ category: connectorCategorySchema, connectors: z.array(connectorTypeSchema) }),
      ),
    ),
  }),
)

export const connectorStatisticsSchema = z.lazy(() =>
  z.object({
    typeStats: z.nullish(z.array(z.object({ type: connectorTypeSchema, count: z.number() }))),
    statusStats: z.nullish(
      z.array(z.object({ status: connectivityStatusSchema, count: z.number() })),
    ),
  }),
)
export type ConnectorStatistics = z.infer<typeof connectorStatisticsSchema>

export const CONNECTOR_CONNECTIVITY_MODES = ['DELEGATE', 'MANAGER'] as const

/**
 * listV2's required body ([SRC] ConnectorFilterPropertiesDTO.java). Fields as in Harness's client
 * (ConnectorFilterProperties of @harnessio/react-ng-manager-v2-client), which wins over
 * REFERENCE.md where they differ: `filterType` is optional there (REFERENCE.md says required) and
 * there is no `labels`; `connectorConnectivityModes` is in both.
 */
export const connectorFilterSchema = z.lazy(() =>
  z.object({
    filterType: z.optional(z.literal('Connector')),
    connectorNames: z.optional(z.array(z.string())),
    connectorIdentifiers: z.optional(z.array(z.string())),
    description: z.optional(z.string()),
    types: z.optional(z.array(connectorTypeSchema)),
    categories: z.optional(z.array(connectorCategorySchema)),
    connectivityStatuses: z.optional(z.array(connectivityStatusSchema)),
    inheritingCredentialsFromDelegate: z.optional(z.boolean()),
    connectorConnectivityModes: z.optional(z.array(z.enum(CONNECTOR_CONNECTIVITY_MODES))),
    tags: z.optional(tagsSchema),
  }),
)
export type ConnectorFilter = z.infer<typeof connectorFilterSchema>
