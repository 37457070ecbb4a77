/**
 * The simple-icons logo (slug) of each catalog provider that has one, by provider id. A provider
 * absent here keeps its initials: simple-icons carries no Amazon, Microsoft, Slack, ServiceNow or
 * Cisco (AppDynamics) marks; the Git and Jenkins marks there are CC-BY, not CC0, and would need a
 * credit on screen; and a family logo shared by several providers (Google Cloud for its KMS and
 * Secret Manager) would give two providers one badge. Marks that are a wordmark (Sonatype for Nexus,
 * Splunk, Sumo Logic, VMware for Tanzu, Zoom) cannot be read at 24 px and keep initials too.
 * Adding a logo: add its slug here, then run `npx node scripts/provider-logos.ts`.
 */
export const LOGO_SLUGS: Readonly<Record<string, string>> = {
  github: 'github',
  gitlab: 'gitlab',
  bitbucket: 'bitbucket',
  'docker-registry': 'docker',
  artifactory: 'jfrog',
  'helm-http': 'helm',
  'helm-oci': 'opencontainersinitiative',
  bamboo: 'bamboo',
  gcp: 'googlecloud',
  kubernetes: 'kubernetes',
  openshift: 'redhatopenshift',
  'terraform-cloud': 'terraform',
  rancher: 'rancher',
  vault: 'vault',
  prometheus: 'prometheus',
  datadog: 'datadog',
  'new-relic': 'newrelic',
  dynatrace: 'dynatrace',
  elasticsearch: 'elasticsearch',
  jira: 'jira',
  pagerduty: 'pagerduty',
  confluence: 'confluence',
}
