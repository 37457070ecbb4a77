import { harnessDocs, HTTPS_443, secret, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `SumoLogicConnectorDTO`. */
export default defineProvider({
  id: 'sumo-logic',
  label: 'Sumo Logic',
  category: 'observability',
  type: 'SumoLogic',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Sumo Logic metrics and logs for continuous verification.',
  initials: 'SL',
  fields: [
    url('url', 'url', 'Sumo Logic API endpoint', {
      required: true,
      portHintFor: true,
      placeholder: 'https://api.sumologic.com/',
    }),
  ],
  authMethods: [
    {
      id: 'access-key',
      label: 'Access ID and access key',
      fields: [
        secret('accessIdRef', 'accessIdRef', 'Access ID'),
        secret('accessKeyRef', 'accessKeyRef', 'Access key'),
      ],
    },
  ],
  hints: {
    permissions: ['User account with access ID and key and query permissions.'],
    ports: [HTTPS_443],
    references: [
      {
        label: 'API Authentication',
        url: 'https://help.sumologic.com/APIs/General-API-Information/API-Authentication',
      },
    ],
  },
})
