import type { ConnectorType } from '@/api/schemas/connector'

import type { CategoryId } from './types'

/** What a list row shows for a connector's type: its name, badge initials and console category. */
export interface ProviderSummary {
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
  Github: { label: 'GitHub', initials: 'GH', category: 'code' },
  Gitlab: { label: 'GitLab', initials: 'GL', category: 'code' },
  Bitbucket: { label: 'Bitbucket', initials: 'BB', category: 'code' },
  Git: { label: 'Git (generic)', initials: 'GT', category: 'code' },
  AzureRepo: { label: 'Azure Repos', initials: 'AR', category: 'code' },
  Codecommit: { label: 'AWS CodeCommit', initials: 'CC', category: 'code' },
  DockerRegistry: { label: 'Docker Registry', initials: 'DR', category: 'artifacts' },
  Artifactory: { label: 'JFrog Artifactory', initials: 'JF', category: 'artifacts' },
  Nexus: { label: 'Nexus', initials: 'NX', category: 'artifacts' },
  HttpHelmRepo: { label: 'HTTP Helm repository', initials: 'HH', category: 'artifacts' },
  OciHelmRepo: { label: 'OCI Helm registry', initials: 'OH', category: 'artifacts' },
  Jenkins: { label: 'Jenkins', initials: 'JK', category: 'artifacts' },
  Bamboo: { label: 'Bamboo', initials: 'BM', category: 'artifacts' },
  AzureArtifacts: { label: 'Azure Artifacts', initials: 'AA', category: 'artifacts' },
  Aws: { label: 'AWS', initials: 'AW', category: 'cloud' },
  Gcp: { label: 'Google Cloud Platform', initials: 'GC', category: 'cloud' },
  Azure: { label: 'Microsoft Azure', initials: 'AZ', category: 'cloud' },
  K8sCluster: { label: 'Kubernetes cluster', initials: 'K8', category: 'cloud' },
  Pdc: { label: 'Physical data center', initials: 'PD', category: 'cloud' },
  Tas: { label: 'Tanzu Application Service', initials: 'TA', category: 'cloud' },
  Spot: { label: 'Spot (Elastigroup)', initials: 'SP', category: 'cloud' },
  TerraformCloud: { label: 'Terraform Cloud', initials: 'TF', category: 'cloud' },
  Rancher: { label: 'Rancher', initials: 'RC', category: 'cloud' },
  JDBC: { label: 'JDBC database', initials: 'DB', category: 'cloud' },
  Vault: { label: 'HashiCorp Vault', initials: 'HV', category: 'secrets' },
  AwsSecretManager: { label: 'AWS Secrets Manager', initials: 'AS', category: 'secrets' },
  GcpSecretManager: { label: 'GCP Secret Manager', initials: 'GS', category: 'secrets' },
  AzureKeyVault: { label: 'Azure Key Vault', initials: 'KV', category: 'secrets' },
  AwsKms: { label: 'AWS KMS', initials: 'AK', category: 'secrets' },
  GcpKms: { label: 'Google Cloud KMS', initials: 'GK', category: 'secrets' },
  CustomSecretManager: { label: 'Custom secret manager', initials: 'CS', category: 'secrets' },
  Prometheus: { label: 'Prometheus', initials: 'PM', category: 'observability' },
  Datadog: { label: 'Datadog', initials: 'DD', category: 'observability' },
  Splunk: { label: 'Splunk', initials: 'SK', category: 'observability' },
  NewRelic: { label: 'New Relic', initials: 'NR', category: 'observability' },
  AppDynamics: { label: 'AppDynamics', initials: 'AD', category: 'observability' },
  Dynatrace: { label: 'Dynatrace', initials: 'DT', category: 'observability' },
  ElasticSearch: { label: 'ELK Elasticsearch', initials: 'ES', category: 'observability' },
  SumoLogic: { label: 'Sumo Logic', initials: 'SL', category: 'observability' },
  CustomHealth: { label: 'Custom health source', initials: 'CH', category: 'observability' },
  SignalFX: { label: 'Splunk Observability (SignalFx)', initials: 'SF', category: 'observability' },
  ErrorTracking: { label: 'Harness Error Tracking', initials: 'ET', category: 'observability' },
  Jira: { label: 'Jira', initials: 'JR', category: 'collaboration' },
  ServiceNow: { label: 'ServiceNow', initials: 'SN', category: 'collaboration' },
  PagerDuty: { label: 'PagerDuty', initials: 'PG', category: 'collaboration' },
  Slack: { label: 'Slack', initials: 'SC', category: 'collaboration' },
  MsTeams: { label: 'Microsoft Teams', initials: 'MT', category: 'collaboration' },
  Zoom: { label: 'Zoom', initials: 'ZM', category: 'collaboration' },
  Confluence: { label: 'Confluence', initials: 'CF', category: 'collaboration' },
}

export function summaryForType(type: ConnectorType): ProviderSummary | undefined {
  return PROVIDER_BY_TYPE[type]
}
