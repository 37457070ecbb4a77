import { harnessDocs, HTTPS_443, secret, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `DynatraceConnectorDTO`. */
export default defineProvider({
  id: 'dynatrace',
  label: 'Dynatrace',
  category: 'observability',
  type: 'Dynatrace',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Dynatrace metrics for continuous verification.',
  initials: 'DT',
  fields: [
    url('url', 'url', 'Environment URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://abc12345.live.dynatrace.com',
    }),
  ],
  authMethods: [
    {
      id: 'api-token',
      label: 'Access token',
      fields: [secret('apiTokenRef', 'apiTokenRef', 'Access token')],
    },
  ],
  hints: {
    permissions: ['Access token.'],
    ports: [HTTPS_443],
    references: [
      {
        label: 'Access tokens',
        url: 'https://www.dynatrace.com/support/help/get-started/introduction/why-do-i-need-an-access-token-and-an-environment-id/#anchor-access-tokens',
      },
    ],
  },
})
