/**
 * The simple-icons logo (slug) of each catalog provider that has one, by provider id. A provider
 * absent here keeps its initials: simple-icons carries no Amazon, Microsoft, Slack, ServiceNow or
 * Cisco (AppDynamics) marks; the Git and Jenkins marks there are CC-BY, not CC0, and would need a
 * credit on screen; and a family logo shared by several providers (Google Cloud for its KMS and
 * Secret Manager, Splunk for SignalFx) would give two providers one badge. Adding a logo: add its
 * slug here, then run `npx node scripts/provider-logos.ts`.
 */
export const LOGO_SLUGS: Readonly<Record<string, string>> = {
  github: 'github',
  gitlab: 'gitlab',
  bitbucket: 'bitbucket',
  'docker-registry': 'docker',
  artifactory: 'jfrog',
  nexus: 'sonatype',
  'helm-http': 'helm',
  'helm-oci': 'opencontainersinitiative',
  bamboo: 'bamboo',
  gcp: 'googlecloud',
  kubernetes: 'kubernetes',
  openshift: 'redhatopenshift',
  tanzu: 'vmware',
  'terraform-cloud': 'terraform',
  rancher: 'rancher',
  vault: 'vault',
  prometheus: 'prometheus',
  datadog: 'datadog',
  splunk: 'splunk',
  'new-relic': 'newrelic',
  dynatrace: 'dynatrace',
  elasticsearch: 'elasticsearch',
  'sumo-logic': 'sumologic',
  jira: 'jira',
  pagerduty: 'pagerduty',
  zoom: 'zoom',
  confluence: 'confluence',
}
