import { anonymousMethod, harnessDocs, url, usernamePasswordMethod } from '../fields'
import { defineProvider } from '../types'

/** [INF] HttpHelmConnectorDTO: `{helmRepoUrl, auth: {type, spec}}` like Artifactory. */
export default defineProvider({
  id: 'helm-http',
  label: 'HTTP Helm repository',
  category: 'artifacts',
  type: 'HttpHelmRepo',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/http-helm-repo-connector-settings-reference',
  ),
  description: 'Fetch Helm charts from a chart repository served over HTTP(S).',
  initials: 'HH',
  fields: [
    url('helmRepoUrl', 'helmRepoUrl', 'Helm repository URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://charts.example.com',
    }),
  ],
  authMethods: [
    usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' }),
    anonymousMethod({ 'auth.type': 'Anonymous' }),
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
