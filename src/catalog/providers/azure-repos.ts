import { harnessDocs, secret, select, sshKeySecret, sshUrl, text, url } from '../fields'
import { defineProvider } from '../types'

const apiAccess = secret('apiAccessTokenRef', 'apiAccess.spec.tokenRef', 'API access token', {
  required: false,
  set: { 'apiAccess.type': 'Token' },
})

/** [SDK] model_azure_repo_config.go; auth follows the GitHub shape ([INF]). */
export default defineProvider({
  id: 'azure-repos',
  label: 'Azure Repos',
  category: 'code',
  type: 'AzureRepo',
  docsUrl: harnessDocs('connectors/code-repositories/connect-to-a-azure-repo'),
  description: 'Clone repositories from Azure DevOps Repos.',
  initials: 'AR',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    select('urlType', 'type', 'URL type', [
      { value: 'Project', label: 'Project' },
      { value: 'Repo', label: 'Repository' },
    ]),
    text('validationRepo', 'validationRepo', 'Test repository'),
  ],
  authMethods: [
    {
      id: 'token',
      label: 'Username and personal access token',
      set: { 'authentication.type': 'Http', 'authentication.spec.type': 'UsernameToken' },
      fields: [
        url('url', 'url', 'Azure Repos project or repository URL', {
          required: true,
          portHintFor: true,
          placeholder: 'https://dev.azure.com/acme/project',
        }),
        text('username', 'authentication.spec.spec.username', 'Username', { required: true }),
        secret('tokenRef', 'authentication.spec.spec.tokenRef', 'Personal access token'),
        apiAccess,
      ],
    },
    {
      id: 'ssh',
      label: 'SSH key',
      set: { 'authentication.type': 'Ssh' },
      fields: [
        sshUrl('sshUrl', 'url', 'Azure Repos SSH URL', {
          placeholder: 'git@ssh.dev.azure.com:v3/acme/project',
        }),
        sshKeySecret('sshKeyRef', 'authentication.spec.sshKeyRef', 'SSH key'),
        apiAccess,
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
