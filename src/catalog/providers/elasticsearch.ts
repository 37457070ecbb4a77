import { harnessDocs, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `ELKConnectorDTO`. */
export default defineProvider({
  id: 'elasticsearch',
  label: 'ELK Elasticsearch',
  category: 'observability',
  type: 'ElasticSearch',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Elasticsearch logs for continuous verification.',
  initials: 'ES',
  fields: [
    url('url', 'url', 'Elasticsearch URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://elk.example.com:9200',
    }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password',
      set: { authType: 'UsernamePassword' },
      fields: [
        text('username', 'username', 'Username', { required: true }),
        secret('passwordRef', 'passwordRef', 'Password'),
      ],
    },
    {
      id: 'api-key',
      label: 'API key',
      set: { authType: 'ApiClientToken' },
      fields: [
        text('apiKeyId', 'apiKeyId', 'API key ID', { required: true }),
        secret('apiKeyRef', 'apiKeyRef', 'API key'),
      ],
    },
    {
      id: 'bearer-token',
      label: 'Bearer token (HTTP header)',
      set: { authType: 'Bearer Token(HTTP Header)' },
      fields: [secret('apiKeyRef', 'apiKeyRef', 'Token')],
    },
    { id: 'none', label: 'No authentication', set: { authType: 'None' }, fields: [] },
  ],
  hints: {
    permissions: ['User (Read permission) or Token Header and Token Value.'],
    ports: [{ protocol: 'TCP', port: 9200 }],
    references: [
      {
        label: 'User authentication',
        url: 'https://www.elastic.co/guide/en/elastic-stack-overview/current/setting-up-authentication.html',
      },
    ],
  },
})
