import type { ConnectorInfo } from '@/api/schemas/connector'

/**
 * [INF] Endpoints for connectors that name a cloud (or a region) instead of a URL. None of the
 * seed documents lists these hosts; they are the clouds' public service endpoints as documented by
 * AWS ("Service endpoints and quotas"), Google ("Google APIs endpoints") and Microsoft ("Azure
 * endpoints per cloud"). The plan marks every one of them as inferred.
 *
 * This is the named extensions map of the egress plan (STYLE.md: no `if (provider.id === …)`).
 */
export interface InferredEndpoint {
  host: string
  port: number
  why: string
}

/** AWS region names such as us-east-1, eu-west-2, us-gov-west-1, ap-southeast-3. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const DEFAULT_AWS_REGION = 'us-east-1'

const get = (spec: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      spec,
    )

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Result: endpoints, or a reason why none could be worked out. */
export type Inference = { endpoints: InferredEndpoint[] } | { reason: string }

function awsRegional(
  spec: Record<string, unknown>,
  path: string,
  services: [string, string][],
): Inference {
  const region = text(get(spec, path)) || DEFAULT_AWS_REGION
  if (!AWS_REGION.test(region))
    return { reason: `"${region}" is not an AWS region name, so its endpoints are unknown.` }
  return {
    endpoints: services.map(([service, why]) => ({
      host: `${service}.${region}.amazonaws.com`,
      port: 443,
      why: `${why} (${region})`,
    })),
  }
}

const STS: [string, string] = ['sts', 'AWS STS, for assumed roles']

const google = (...hosts: [string, string][]): Inference => ({
  endpoints: [
    ['oauth2.googleapis.com', 'Google OAuth token exchange'] as [string, string],
    ...hosts,
  ].map(([host, why]) => ({ host, port: 443, why })),
})

const AZURE_CLOUDS: Record<string, { login: string; management: string; vault: string }> = {
  AZURE: {
    login: 'login.microsoftonline.com',
    management: 'management.azure.com',
    vault: 'vault.azure.net',
  },
  AZURE_US_GOVERNMENT: {
    login: 'login.microsoftonline.us',
    management: 'management.usgovcloudapi.net',
    vault: 'vault.usgovcloudapi.net',
  },
}

function azure(spec: Record<string, unknown>, withVault: boolean): Inference {
  const env = text(spec.azureEnvironmentType) || 'AZURE'
  const cloud = AZURE_CLOUDS[env]
  if (!cloud) return { reason: `The Azure environment "${env}" has no known endpoints.` }
  const endpoints = [{ host: cloud.login, port: 443, why: 'Microsoft Entra ID sign-in' }]
  const vault = text(spec.vaultName)
  if (withVault && /^[a-zA-Z0-9-]{3,24}$/.test(vault))
    endpoints.push({ host: `${vault}.${cloud.vault}`, port: 443, why: 'Key Vault' })
  else if (!withVault)
    endpoints.push({ host: cloud.management, port: 443, why: 'Azure Resource Manager' })
  return { endpoints }
}

const INFERENCES: Partial<Record<string, (spec: Record<string, unknown>) => Inference>> = {
  Aws: (spec) =>
    awsRegional(spec, 'credential.region', [
      ['ec2', 'AWS EC2 API (the connection test calls DescribeRegions)'],
      STS,
    ]),
  AwsSecretManager: (spec) =>
    awsRegional(spec, 'region', [['secretsmanager', 'AWS Secrets Manager'], STS]),
  AwsKms: (spec) => awsRegional(spec, 'region', [['kms', 'AWS KMS'], STS]),
  Gcp: () =>
    google(
      ['container.googleapis.com', 'GKE API'],
      ['compute.googleapis.com', 'Compute Engine API'],
    ),
  GcpSecretManager: () => google(['secretmanager.googleapis.com', 'Secret Manager API']),
  GcpKms: () => google(['cloudkms.googleapis.com', 'Cloud KMS API']),
  Azure: (spec) => azure(spec, false),
  AzureKeyVault: (spec) => azure(spec, true),
  // With no master URL the delegate uses the cluster it runs in: the in-cluster API server.
  K8sCluster: () => ({
    endpoints: [
      { host: 'kubernetes.default.svc', port: 443, why: 'In-cluster Kubernetes API server' },
    ],
  }),
  PagerDuty: () => ({
    endpoints: [{ host: 'api.pagerduty.com', port: 443, why: 'PagerDuty REST API' }],
  }),
  Spot: () => ({ endpoints: [{ host: 'api.spotinst.io', port: 443, why: 'Spot API' }] }),
}

/**
 * Ports for hosts entered without one, where the catalog's hints list none. Physical data center
 * hosts: "Most Harness deployments to virtual machines are performed using SSH over port 22"
 * (seed 000).
 */
const BARE_HOST_PORTS: Partial<Record<string, { protocol: 'SSH'; port: number; note: string }[]>> =
  {
    Pdc: [
      {
        protocol: 'SSH',
        port: 22,
        note: 'No port given: SSH 22 assumed (WinRM hosts use 5985/5986 instead).',
      },
    ],
  }

export function bareHostPorts(type: string) {
  return BARE_HOST_PORTS[type] ?? []
}

/** Endpoints for a connector without URL or host fields, or `undefined` when none are known. */
export function inferEndpoints(info: ConnectorInfo): Inference | undefined {
  return INFERENCES[info.type]?.(info.spec)
}
