import { harnessDocs, HTTPS_443, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `NewRelicConnectorDTO`. */
export default defineProvider({
  id: 'new-relic',
  label: 'New Relic',
  category: 'observability',
  type: 'NewRelic',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query New Relic metrics for continuous verification.',
  initials: 'NR',
  fields: [
    url('url', 'url', 'New Relic API URL', {
      required: true,
      portHintFor: true,
      default: 'https://insights-api.newrelic.com/',
    }),
    text('newRelicAccountId', 'newRelicAccountId', 'New Relic account ID', { required: true }),
  ],
  authMethods: [
    { id: 'api-key', label: 'API key', fields: [secret('apiKeyRef', 'apiKeyRef', 'API key')] },
  ],
  hints: {
    permissions: ['API key.'],
    ports: [HTTPS_443],
    references: [
      {
        label: 'Access to REST API keys',
        url: 'https://docs.newrelic.com/docs/apis/getting-started/intro-apis/access-rest-api-keys',
      },
    ],
  },
})
