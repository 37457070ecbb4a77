import { harnessDocs, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `JiraConnector` (the `auth` block; legacy top-level creds are not written). */
export default defineProvider({
  id: 'jira',
  label: 'Jira',
  category: 'collaboration',
  type: 'Jira',
  docsUrl: harnessDocs('approvals/adding-jira-approval-stages'),
  description: 'Create and update Jira issues and use them as approvals.',
  initials: 'JR',
  fields: [
    url('jiraUrl', 'jiraUrl', 'Jira URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://acme.atlassian.net',
    }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and API token',
      set: { 'auth.type': 'UsernamePassword' },
      fields: [
        text('username', 'auth.spec.username', 'Username (email)', { required: true }),
        secret('passwordRef', 'auth.spec.passwordRef', 'API token or password'),
      ],
    },
    {
      id: 'pat',
      label: 'Personal access token',
      set: { 'auth.type': 'PersonalAccessToken' },
      fields: [secret('patRef', 'auth.spec.patRef', 'Personal access token')],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
