import { harnessDocs, HTTPS_443 } from '../fields'
import { defineProvider } from '../types'

/** Seed 001 lists Logz; REFERENCE §5a has no Logz connector type. */
export default defineProvider({
  id: 'logz',
  label: 'Logz.io',
  category: 'observability',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Logz.io log search (FirstGen verification provider).',
  initials: 'LZ',
  fields: [],
  authMethods: [],
  createInstead: {
    text: "a Custom health source connector with Base URL https://api.logz.io/ (your account region's API host) and a header X-API-TOKEN marked as a secret, whose secret holds the API token",
    providerId: 'custom-health',
    prefill: {
      name: 'Logz.io',
      baseURL: 'https://api.logz.io/',
      method: 'GET',
      headers: [{ key: 'X-API-TOKEN', value: '', encrypted: true, secretRef: '' }],
    },
    remaining:
      "Change the Base URL to your account region's API host if it is not api.logz.io, enter a validation path, and choose the text secret that holds the API token.",
  },
  hints: {
    permissions: ['Token-based.'],
    ports: [HTTPS_443],
    olderPorts: [HTTPS_443, { protocol: 'TCP', port: 4209 }],
    references: [
      {
        label: 'Announcing the Logz.io Search API',
        url: 'https://logz.io/blog/announcing-the-logz-io-search-api/',
      },
    ],
  },
})
