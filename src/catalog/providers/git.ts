import { harnessDocs, secret, select, sshKeySecret, sshUrl, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `GitConfigDTO`: credentials sit directly under `spec`, keyed by `type`. */
export default defineProvider({
  id: 'git',
  label: 'Git (generic)',
  category: 'code',
  type: 'Git',
  docsUrl: harnessDocs(
    'connectors/code-repositories/ref-source-repo-provider/git-connector-settings-reference',
  ),
  description: 'Any Git server over HTTP(S) or SSH.',
  initials: 'GT',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    select('connectionType', 'connectionType', 'URL type', [
      { value: 'Account', label: 'Account' },
      { value: 'Repo', label: 'Repository' },
    ]),
    text('validationRepo', 'validationRepo', 'Test repository'),
    text('branchName', 'branchName', 'Branch'),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password (HTTP)',
      set: { type: 'Http' },
      fields: [
        url('url', 'url', 'Git URL', {
          required: true,
          portHintFor: true,
          placeholder: 'https://git.example.com/acme',
        }),
        text('username', 'spec.username', 'Username', { required: true }),
        secret('passwordRef', 'spec.passwordRef', 'Password or token'),
      ],
    },
    {
      id: 'ssh',
      label: 'SSH key',
      set: { type: 'Ssh' },
      fields: [
        sshUrl('sshUrl', 'url', 'Git SSH URL', { placeholder: 'git@git.example.com:acme' }),
        sshKeySecret('sshKeyRef', 'spec.sshKeyRef', 'SSH key'),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
