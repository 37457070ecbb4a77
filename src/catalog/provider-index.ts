import type { ConnectorType } from '@/api/schemas/connector'

import type { CategoryId } from './types'

/** What a list row shows for a connector's type: its provider id, name, badge initials and category. */
export interface ProviderSummary {
  /** The catalog provider's id (its logo is keyed by it). */
  id: string
  label: string
  initials: string
  category: CategoryId
}

/**
 * The primary provider of each API type, reduced to what the connectors list and the filters show.
 * The full catalog (fields, hints, defaults) is some 13 kB gzip that the list never reads, so it
 * stays with the pages that do (new, edit, detail, test results). catalog.test.ts keeps this index
 * equal to the catalog, so a provider added or renamed there fails the test until it is added here.
 */
export const PROVIDER_BY_TYPE: Readonly<Partial<Record<ConnectorType, ProviderSummary>>> = {
  Github: { id: 'github', label: 'GitHub', initials: 'GH', category: 'code' },
  Gitlab: { id: 'gitlab', label: 'GitLab', initials: 'GL', category: 'code' },
  Bitbucket: { id: 'bitbucket', label: 'Bitbucket', initials: 'BB', category: 'code' },
  Git: { id: 'git', label: 'Git (generic)', initials: 'GT', category: 'code' },
  AzureRepo: { id: 'azure-repos', label: 'Azure Repos', initials: 'AR', category: 'code' },
  Codecommit: { id: 'aws-codecommit', label: 'AWS CodeCommit', initials: 'CC', category: 'code' },
  DockerRegistry: {
    id: 'docker-registry',
    label: 'Docker Registry',
    initials: 'DR',
    category: 'artifacts',
  },
  Artifactory: {
    id: 'artifactory',
    label: 'JFrog Artifactory',
    initials: 'JF',
    category: 'artifacts',
  },
  Nexus: { id: 'nexus', label: 'Nexus', initials: 'NX', category: 'artifacts' },
  HttpHelmRepo: {
    id: 'helm-http',
    label: 'HTTP Helm repository',
    initials: 'HH',
    category: 'artifacts',
  },
  OciHelmRepo: {
    id: 'helm-oci',
    label: 'OCI Helm registry',
    initials: 'OH',
    category: 'artifacts',
  },
  Jenkins: { id: 'jenkins', label: 'Jenkins', initials: 'JK', category: 'artifacts' },
  Bamboo: { id: 'bamboo', label: 'Bamboo', initials: 'BM', category: 'artifacts' },
  AzureArtifacts: {
    id: 'azure-artifacts',
    label: 'Azure Artifacts',
    initials: 'AA',
    category: 'artifacts',
  },
  Aws: { id: 'aws', label: 'AWS', initials: 'AW', category: 'cloud' },
  Gcp: { id: 'gcp', label: 'Google Cloud Platform', initials: 'GC', category: 'cloud' },
  Azure: { id: 'azure', label: 'Microsoft Azure', initials: 'AZ', category: 'cloud' },
  K8sCluster: { id: 'kubernetes', label: 'Kubernetes cluster', initials: 'K8', category: 'cloud' },
  Pdc: { id: 'pdc', label: 'Physical data center', initials: 'PD', category: 'cloud' },
  Tas: { id: 'tanzu', label: 'Tanzu Application Service', initials: 'TA', category: 'cloud' },
  Spot: { id: 'spot', label: 'Spot (Elastigroup)', initials: 'SP', category: 'cloud' },
  TerraformCloud: {
    id: 'terraform-cloud',
    label: 'Terraform Cloud',
    initials: 'TF',
    category: 'cloud',
  },
  Rancher: { id: 'rancher', label: 'Rancher', initials: 'RC', category: 'cloud' },
  JDBC: { id: 'jdbc', label: 'JDBC database', initials: 'DB', category: 'cloud' },
  Vault: { id: 'vault', label: 'HashiCorp Vault', initials: 'HV', category: 'secrets' },
  AwsSecretManager: {
    id: 'aws-secrets-manager',
    label: 'AWS Secrets Manager',
    initials: 'AS',
    category: 'secrets',
  },
  GcpSecretManager: {
    id: 'gcp-secret-manager',
    label: 'GCP Secret Manager',
    initials: 'GS',
    category: 'secrets',
  },
  AzureKeyVault: {
    id: 'azure-key-vault',
    label: 'Azure Key Vault',
    initials: 'KV',
    category: 'secrets',
  },
  AwsKms: { id: 'aws-kms', label: 'AWS KMS', initials: 'AK', category: 'secrets' },
  GcpKms: { id: 'gcp-kms', label: 'Google Cloud KMS', initials: 'GK', category: 'secrets' },
  CustomSecretManager: {
    id: 'custom-secret-manager',
    label: 'Custom secret manager',
    initials: 'CS',
    category: 'secrets',
  },
  Prometheus: { id: 'prometheus', label: 'Prometheus', initials: 'PM', category: 'observability' },
  Datadog: { id: 'datadog', label: 'Datadog', initials: 'DD', category: 'observability' },
  Splunk: { id: 'splunk', label: 'Splunk', initials: 'SK', category: 'observability' },
  NewRelic: { id: 'new-relic', label: 'New Relic', initials: 'NR', category: 'observability' },
  AppDynamics: {
    id: 'appdynamics',
    label: 'AppDynamics',
    initials: 'AD',
    category: 'observability',
  },
  Dynatrace: { id: 'dynatrace', label: 'Dynatrace', initials: 'DT', category: 'observability' },
  ElasticSearch: {
    id: 'elasticsearch',
    label: 'ELK Elasticsearch',
    initials: 'ES',
    category: 'observability',
  },
  SumoLogic: { id: 'sumo-logic', label: 'Sumo Logic', initials: 'SL', category: 'observability' },
  CustomHealth: {
    id: 'custom-health',
    label: 'Custom health source',
    initials: 'CH',
    category: 'observability',
  },
  SignalFX: {
    id: 'signalfx',
    label: 'Splunk Observability (SignalFx)',
    initials: 'SF',
    category: 'observability',
  },
  ErrorTracking: {
    id: 'error-tracking',
    label: 'Harness Error Tracking',
    initials: 'ET',
    category: 'observability',
  },
  Jira: { id: 'jira', label: 'Jira', initials: 'JR', category: 'collaboration' },
  ServiceNow: { id: 'servicenow', label: 'ServiceNow', initials: 'SN', category: 'collaboration' },
  PagerDuty: { id: 'pagerduty', label: 'PagerDuty', initials: 'PG', category: 'collaboration' },
  Slack: { id: 'slack', label: 'Slack', initials: 'SC', category: 'collaboration' },
  MsTeams: {
    id: 'microsoft-teams',
    label: 'Microsoft Teams',
    initials: 'MT',
    category: 'collaboration',
  },
  Zoom: { id: 'zoom', label: 'Zoom', initials: 'ZM', category: 'collaboration' },
  Confluence: { id: 'confluence', label: 'Confluence', initials: 'CF', category: 'collaboration' },
}

export function summaryForType(type: ConnectorType): ProviderSummary | undefined {
  return PROVIDER_BY_TYPE[type]
}
