import { harnessDocs, secret, url } from '../fields'
import { defineProvider } from '../types'

/** [SRC] the client's ErrorTrackingConnectorDto: `{url, apiKeyRef}`; it has no `sid`. */
export default defineProvider({
  id: 'error-tracking',
  label: 'Harness Error Tracking',
  category: 'observability',
  type: 'ErrorTracking',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Connect to Harness Continuous Error Tracking.',
  initials: 'ET',
  fields: [url('url', 'url', 'URL', { required: true, portHintFor: true })],
  authMethods: [
    { id: 'api-key', label: 'API key', fields: [secret('apiKeyRef', 'apiKeyRef', 'API key')] },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
