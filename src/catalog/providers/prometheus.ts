import { harnessDocs, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `PrometheusConnectorDTO`: optional top-level basic auth, no discriminator. */
export default defineProvider({
  id: 'prometheus',
  label: 'Prometheus',
  category: 'observability',
  type: 'Prometheus',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query Prometheus metrics for continuous verification.',
  initials: 'PM',
  fields: [
    url('url', 'url', 'Prometheus URL', {
      required: true,
      portHintFor: true,
      placeholder: 'http://prometheus.example.com:9090/',
    }),
  ],
  authMethods: [
    { id: 'none', label: 'No authentication', fields: [] },
    {
      id: 'username-password',
      label: 'Username and password',
      fields: [
        text('username', 'username', 'Username', { required: true }),
        secret('passwordRef', 'passwordRef', 'Password'),
      ],
    },
  ],
  hints: {
    permissions: ['None.'],
    ports: [{ protocol: 'TCP', port: 9090, note: 'Example: a Prometheus server hosted on AWS' }],
    olderPorts: [{ protocol: 'HTTP', port: 80 }],
    notes: ['Depends on where the Prometheus server is hosted.'],
    references: [
      {
        label: 'Configuration',
        url: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
      },
    ],
  },
})
