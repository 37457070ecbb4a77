import { harnessDocs, HTTPS_443, secret, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `DatadogConnectorDTO`: `{url, apiKeyRef, applicationKeyRef}`. */
export default defineProvider({
  id: 'datadog',
  label: 'Datadog',
  category: 'observability',
  type: 'Datadog',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Datadog metrics and logs for continuous verification.',
  initials: 'DD',
  fields: [
    url('url', 'url', 'Datadog API URL', {
      required: true,
      portHintFor: true,
      default: 'https://app.datadoghq.com/api/',
    }),
  ],
  authMethods: [
    {
      id: 'api-keys',
      label: 'API key and application key',
      fields: [
        secret('apiKeyRef', 'apiKeyRef', 'API key'),
        secret('applicationKeyRef', 'applicationKeyRef', 'Application key'),
      ],
    },
  ],
  hints: {
    permissions: ['API Key.'],
    ports: [HTTPS_443],
    olderNotes: ['An Application Key as well as the API key: the Datadog API requires both.'],
    references: [
      {
        label: 'Open Ports',
        url: 'https://docs.datadoghq.com/agent/network/?tab=agentv6#open-ports',
      },
    ],
  },
})
