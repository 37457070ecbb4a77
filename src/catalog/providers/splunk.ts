import { anonymousMethod, harnessDocs, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `SplunkConnectorDTO`: auth discriminator is `type`; `accountId` is the Harness account. */
export default defineProvider({
  id: 'splunk',
  label: 'Splunk',
  category: 'observability',
  type: 'Splunk',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Splunk logs for continuous verification.',
  initials: 'SK',
  accountIdPath: 'accountId',
  fields: [
    url('splunkUrl', 'splunkUrl', 'Splunk REST API URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://splunk.example.com:8089',
    }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password',
      set: { type: 'UsernamePassword' },
      fields: [
        text('username', 'username', 'Username', { required: true }),
        secret('passwordRef', 'passwordRef', 'Password'),
      ],
    },
    {
      id: 'bearer-token',
      label: 'Bearer token (HTTP header)',
      set: { type: 'Bearer Token(HTTP Header)' },
      fields: [secret('tokenRef', 'tokenRef', 'Token')],
    },
    anonymousMethod({ type: 'Anonymous' }),
  ],
  hints: {
    permissions: ['User account with Read permissions on eventtypes objects.'],
    ports: [{ protocol: 'TCP', port: 8089, note: 'API' }],
    references: [
      {
        label: 'Set permissions for objects in a Splunk app',
        url: 'http://dev.splunk.com/view/webframework-developapps/SP-CAAAE88',
      },
    ],
  },
})
