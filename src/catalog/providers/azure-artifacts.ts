import { harnessDocs, secret, url } from '../fields'
import { defineProvider } from '../types'

/** [INF] AzureArtifactsConnectorDTO: `{azureArtifactsUrl, auth: {spec: {type, spec: {tokenRef}}}}`. */
export default defineProvider({
  id: 'azure-artifacts',
  label: 'Azure Artifacts',
  category: 'artifacts',
  type: 'AzureArtifacts',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/azure-artifacts-connector-settings-reference',
  ),
  description: 'Pull packages from Azure DevOps Artifacts feeds.',
  initials: 'AA',
  fields: [
    url('azureArtifactsUrl', 'azureArtifactsUrl', 'Azure DevOps organization URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://dev.azure.com/acme',
    }),
  ],
  authMethods: [
    {
      id: 'pat',
      label: 'Personal access token',
      set: { 'auth.spec.type': 'PersonalAccessToken' },
      fields: [secret('tokenRef', 'auth.spec.spec.tokenRef', 'Personal access token')],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
