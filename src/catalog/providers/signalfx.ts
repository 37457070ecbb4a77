import { harnessDocs, secret, url } from '../fields'
import { defineProvider } from '../types'

/** [INF] SignalFXConnectorDTO: `{url, apiTokenRef}`. */
export default defineProvider({
  id: 'signalfx',
  label: 'Splunk Observability (SignalFx)',
  category: 'observability',
  type: 'SignalFX',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Splunk Observability Cloud (SignalFx) metrics for continuous verification.',
  initials: 'SF',
  fields: [
    url('url', 'url', 'API URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://api.us1.signalfx.com/',
    }),
  ],
  authMethods: [
    {
      id: 'api-token',
      label: 'API token',
      fields: [secret('apiTokenRef', 'apiTokenRef', 'API token')],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
