import { harnessDocs, secret, url } from '../fields'
import { defineProvider } from '../types'

/** [INF] TerraformCloudConnectorDTO: `{terraformCloudUrl, credential: {type: ApiToken, spec: {apiToken}}}`. */
export default defineProvider({
  id: 'terraform-cloud',
  label: 'Terraform Cloud',
  category: 'cloud',
  type: 'TerraformCloud',
  docsUrl: harnessDocs('connectors/cloud-providers/terraform-cloud-connector'),
  description: 'Run Terraform Cloud or Terraform Enterprise workspaces.',
  initials: 'TF',
  fields: [
    url('terraformCloudUrl', 'terraformCloudUrl', 'Terraform Cloud URL', {
      required: true,
      portHintFor: true,
      default: 'https://app.terraform.io',
    }),
  ],
  authMethods: [
    {
      id: 'api-token',
      label: 'API token',
      set: { 'credential.type': 'ApiToken' },
      fields: [secret('apiToken', 'credential.spec.apiToken', 'API token')],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
