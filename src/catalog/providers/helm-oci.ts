import { anonymousMethod, harnessDocs, url, usernamePasswordMethod } from '../fields'
import { defineProvider } from '../types'

/** [SDK] model_oci_helm_connector.go: helmRepoUrl, auth, delegateSelectors. */
export default defineProvider({
  id: 'helm-oci',
  label: 'OCI Helm registry',
  category: 'artifacts',
  type: 'OciHelmRepo',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/oci-helm-repo-connector-settings-reference',
  ),
  description: 'Fetch Helm charts stored as OCI artifacts in a container registry.',
  initials: 'OH',
  fields: [
    url('helmRepoUrl', 'helmRepoUrl', 'OCI registry URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://registry.example.com',
    }),
  ],
  authMethods: [
    usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' }),
    anonymousMethod({ 'auth.type': 'Anonymous' }),
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
