import { harnessDocs, secret, select, sshKeySecret, sshUrl, text, url } from '../fields'
import { defineProvider } from '../types'

const apiAccess = secret('apiAccessTokenRef', 'apiAccess.spec.tokenRef', 'API access token', {
  required: false,
  help: 'Needed for triggers and merge request status.',
  set: { 'apiAccess.type': 'Token' },
})

/** REFERENCE §6: same shape as GithubConnector. */
export default defineProvider({
  id: 'gitlab',
  label: 'GitLab',
  category: 'code',
  type: 'Gitlab',
  docsUrl: harnessDocs(
    'connectors/code-repositories/ref-source-repo-provider/git-lab-connector-settings-reference',
  ),
  description: 'Clone repositories from GitLab.com or a self-managed GitLab.',
  initials: 'GL',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    select('urlType', 'type', 'URL type', [
      { value: 'Account', label: 'Account' },
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
        url('url', 'url', 'GitLab account or repository URL', {
          required: true,
          portHintFor: true,
          placeholder: 'https://gitlab.com/acme',
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
        sshUrl('sshUrl', 'url', 'GitLab SSH URL', { placeholder: 'git@gitlab.com:acme' }),
        sshKeySecret('sshKeyRef', 'authentication.spec.sshKeyRef', 'SSH key'),
        apiAccess,
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
