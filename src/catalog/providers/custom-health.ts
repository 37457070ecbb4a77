import { harnessDocs, multiline, NOT_IN_TABLE, select, text, url } from '../fields'
import { defineProvider } from '../types'

/** [INF] CustomHealthConnectorDTO: `{baseURL, headers, params, method, validationPath, validationBody?}`. */
export default defineProvider({
  id: 'custom-health',
  label: 'Custom health source',
  category: 'observability',
  type: 'CustomHealth',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Any metrics or logs HTTP API, for continuous verification.',
  initials: 'CH',
  set: { headers: [], params: [] },
  fields: [
    url('baseURL', 'baseURL', 'Base URL', { required: true, portHintFor: true }),
    select('method', 'method', 'Validation request method', [
      { value: 'GET', label: 'GET' },
      { value: 'POST', label: 'POST' },
    ]),
    text('validationPath', 'validationPath', 'Validation path', {
      required: true,
      placeholder: 'api/health',
    }),
    multiline('validationBody', 'validationBody', 'Validation request body'),
  ],
  authMethods: [
    {
      id: 'headers',
      label: 'Headers and parameters',
      help: 'Keys are added as encrypted headers or parameters after the connector is created.',
      fields: [],
    },
  ],
  hints: { permissions: [], ports: [], notes: [NOT_IN_TABLE], references: [] },
})
