import {
  anonymousMethod,
  harnessDocs,
  HTTPS_443,
  select,
  url,
  usernamePasswordMethod,
} from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `NexusConnector`. */
export default defineProvider({
  id: 'nexus',
  label: 'Nexus',
  category: 'artifacts',
  type: 'Nexus',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/nexus-connector-settings-reference',
  ),
  description: 'Pull artifacts from Sonatype Nexus Repository 2.x or 3.x.',
  initials: 'NX',
  fields: [
    url('nexusServerUrl', 'nexusServerUrl', 'Nexus URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://nexus.example.com:8081',
    }),
    select(
      'version',
      'version',
      'Version',
      [
        { value: '3.x', label: '3.x' },
        { value: '2.x', label: '2.x' },
      ],
      { required: true },
    ),
  ],
  authMethods: [
    usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' }),
    anonymousMethod({ 'auth.type': 'Anonymous' }),
  ],
  hints: {
    permissions: ['User account with Repository View Privilege or read for repository.'],
    ports: [{ protocol: 'TCP', port: 8081 }],
    olderPorts: [{ protocol: 'TCP', port: 8081 }, HTTPS_443],
    references: [
      {
        label: 'Nexus Managing Security',
        url: 'https://help.sonatype.com/repomanager2/configuration/managing-security',
      },
    ],
  },
})
