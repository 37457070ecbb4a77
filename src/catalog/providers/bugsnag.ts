import { harnessDocs } from '../fields'
import { defineProvider } from '../types'

/** Seed 001 lists Bugsnag; REFERENCE §5a has no Bugsnag connector type. */
export default defineProvider({
  id: 'bugsnag',
  label: 'Bugsnag',
  category: 'observability',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Bugsnag error monitoring (FirstGen verification provider).',
  initials: 'BS',
  fields: [],
  authMethods: [],
  createInstead: {
    text: 'a Custom health source connector with Base URL https://api.bugsnag.com/, validation path user/organizations, and a header Authorization marked as a secret, whose secret holds "token <your Data Access API auth token>"',
    providerId: 'custom-health',
    prefill: {
      name: 'Bugsnag',
      baseURL: 'https://api.bugsnag.com/',
      method: 'GET',
      validationPath: 'user/organizations',
      headers: [{ key: 'Authorization', value: '', encrypted: true, secretRef: '' }],
    },
    remaining:
      'Choose the text secret that holds "token <your Data Access API auth token>" for the Authorization header.',
  },
  hints: {
    permissions: ['Data Access API Auth Token.'],
    ports: [{ protocol: 'TCP', port: 49080, note: 'Data Access API, same port as the dashboard' }],
    references: [
      {
        label: 'Data Access API Authentication',
        url: 'https://bugsnagapiv2.docs.apiary.io/#introduction/authentication',
      },
    ],
  },
})
