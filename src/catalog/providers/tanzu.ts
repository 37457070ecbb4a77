import { harnessDocs, HTTPS_443, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** [SDK] model_tas_connector.go; [INF] ManualConfig spec `{endpointUrl, username, passwordRef}`. */
export default defineProvider({
  id: 'tanzu',
  label: 'Tanzu Application Service',
  category: 'cloud',
  type: 'Tas',
  docsUrl: harnessDocs('connectors/cloud-providers/add-tas-connector'),
  description: 'Deploy to Tanzu Application Service (formerly Pivotal Cloud Foundry).',
  initials: 'TA',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    url('endpointUrl', 'credential.spec.endpointUrl', 'API endpoint URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://api.system.example.com',
    }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password',
      set: { 'credential.type': 'ManualConfig' },
      fields: [
        text('username', 'credential.spec.username', 'Username', { required: true }),
        secret('passwordRef', 'credential.spec.passwordRef', 'Password'),
      ],
    },
  ],
  hints: {
    permissions: [
      'User account with Admin, Org Manager, or Space Manager role. The user account must be able to update spaces, orgs, and applications.',
    ],
    // The table's "HTTP: 80 or 443" is one port, the endpoint's: shown once, with the other as a note.
    ports: [{ ...HTTPS_443, note: 'or HTTP 80 for an http:// endpoint' }],
    references: [
      {
        label: 'Orgs, Spaces, Roles, and Permissions',
        url: 'https://docs.pivotal.io/pivotalcf/2-2/concepts/roles.html#roles',
      },
    ],
  },
})
