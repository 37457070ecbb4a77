import { harnessDocs, secret, select, sshKeySecret, sshUrl, text, url } from '../fields'
import { defineProvider } from '../types'

/** [SDK] model_bitbucket_connector.go: url, validationRepo, authentication, type, executeOnDelegate. */
export default defineProvider({
  id: 'bitbucket',
  label: 'Bitbucket',
  category: 'code',
  type: 'Bitbucket',
  docsUrl: harnessDocs(
    'connectors/code-repositories/ref-source-repo-provider/bitbucket-connector-settings-reference',
  ),
  description: 'Clone repositories from Bitbucket Cloud or Bitbucket Server.',
  initials: 'BB',
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
      id: 'username-password',
      label: 'Username and app password',
      set: { 'authentication.type': 'Http', 'authentication.spec.type': 'UsernamePassword' },
      fields: [
        url('url', 'url', 'Bitbucket account or repository URL', {
          required: true,
          portHintFor: true,
          placeholder: 'https://bitbucket.org/acme',
        }),
        text('username', 'authentication.spec.spec.username', 'Username', { required: true }),
        secret('passwordRef', 'authentication.spec.spec.passwordRef', 'App password'),
      ],
    },
    {
      id: 'ssh',
      label: 'SSH key',
      set: { 'authentication.type': 'Ssh' },
      fields: [
        sshUrl('sshUrl', 'url', 'Bitbucket SSH URL', { placeholder: 'git@bitbucket.org:acme' }),
        sshKeySecret('sshKeyRef', 'authentication.spec.sshKeyRef', 'SSH key'),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
