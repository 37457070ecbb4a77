import { harnessDocs, HTTPS_443, url, usernamePasswordMethod } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `BambooConnectorDTO`. */
export default defineProvider({
  id: 'bamboo',
  label: 'Bamboo',
  category: 'artifacts',
  type: 'Bamboo',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/bamboo-connector-settings-reference',
  ),
  description: 'Trigger Bamboo plans and collect their artifacts.',
  initials: 'BM',
  fields: [
    url('bambooUrl', 'bambooUrl', 'Bamboo URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://bamboo.example.com:8085',
    }),
  ],
  authMethods: [usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' })],
  hints: {
    permissions: ['Username and password for account.'],
    ports: [HTTPS_443, { protocol: 'TCP', port: 8085 }],
    olderNotes: ['Builds also need the View Plan and Build Plan permissions.'],
    references: [
      {
        label: 'Bamboo permissions',
        url: 'https://confluence.atlassian.com/bamboo/bamboo-permissions-369296034.html',
      },
    ],
  },
})
