import { harnessDocs, secret } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `PagerDutyConnectorDTO`: `{apiTokenRef}`. */
export default defineProvider({
  id: 'pagerduty',
  label: 'PagerDuty',
  category: 'collaboration',
  type: 'PagerDuty',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Read PagerDuty incidents and change events.',
  initials: 'PG',
  fields: [],
  authMethods: [
    {
      id: 'api-token',
      label: 'API token',
      fields: [secret('apiTokenRef', 'apiTokenRef', 'API token')],
    },
  ],
  hints: {
    permissions: [],
    ports: [],
    unlisted: true,
    references: [],
  },
})
