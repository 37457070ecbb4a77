import {
  fileSecret,
  harnessDocs,
  HTTPS_443,
  secret,
  select,
  sshKeySecret,
  sshUrl,
  text,
  url,
} from '../fields'
import { defineProvider } from '../types'

const apiAccess = secret('apiAccessTokenRef', 'apiAccess.spec.tokenRef', 'API access token', {
  required: false,
  help: 'Needed for triggers, PR status and Git Experience. Often the same token as above.',
  set: { 'apiAccess.type': 'Token' },
})

/** REFERENCE §6 `GithubConnector`. */
export default defineProvider({
  id: 'github',
  label: 'GitHub',
  category: 'code',
  type: 'Github',
  docsUrl: harnessDocs(
    'connectors/code-repositories/ref-source-repo-provider/git-hub-connector-settings-reference',
  ),
  description: 'Clone repositories and read manifests from GitHub or GitHub Enterprise.',
  initials: 'GH',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    select('urlType', 'type', 'URL type', [
      { value: 'Account', label: 'Account' },
      { value: 'Repo', label: 'Repository' },
    ]),
    text('validationRepo', 'validationRepo', 'Test repository', {
      help: 'For an account URL: a repository (e.g. acme/app) used to test the connection.',
    }),
  ],
  authMethods: [
    {
      id: 'token',
      label: 'Username and personal access token',
      set: { 'authentication.type': 'Http', 'authentication.spec.type': 'UsernameToken' },
      fields: [
        url('url', 'url', 'GitHub account or repository URL', {
          required: true,
          portHintFor: true,
          placeholder: 'https://github.com/acme',
        }),
        text('username', 'authentication.spec.spec.username', 'Username', { required: true }),
        secret('tokenRef', 'authentication.spec.spec.tokenRef', 'Personal access token'),
        apiAccess,
      ],
    },
    {
      id: 'github-app',
      label: 'GitHub App',
      set: { 'authentication.type': 'Http', 'authentication.spec.type': 'GithubApp' },
      fields: [
        url('url', 'url', 'GitHub account or repository URL', {
          required: true,
          portHintFor: true,
        }),
        text('applicationId', 'authentication.spec.spec.applicationId', 'GitHub App ID', {
          required: true,
        }),
        text('installationId', 'authentication.spec.spec.installationId', 'Installation ID', {
          required: true,
        }),
        fileSecret(
          'privateKeyRef',
          'authentication.spec.spec.privateKeyRef',
          'Private key (PEM file)',
        ),
      ],
    },
    {
      id: 'ssh',
      label: 'SSH key',
      set: { 'authentication.type': 'Ssh' },
      fields: [
        sshUrl('sshUrl', 'url', 'GitHub SSH URL', { placeholder: 'git@github.com:acme' }),
        sshKeySecret('sshKeyRef', 'authentication.spec.sshKeyRef', 'SSH key'),
        apiAccess,
      ],
    },
  ],
  hints: {
    permissions: ['User account: repository owner.', 'Organization account: read and write.'],
    ports: [HTTPS_443],
    references: [
      {
        label: 'Permission levels for a user account repository',
        url: 'https://help.github.com/articles/permission-levels-for-a-user-account-repository/',
      },
      {
        label: 'Repository permission levels for an organization',
        url: 'https://help.github.com/articles/repository-permission-levels-for-an-organization/',
      },
    ],
  },
})
