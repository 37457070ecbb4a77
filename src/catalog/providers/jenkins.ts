import {
  anonymousMethod,
  harnessDocs,
  HTTPS_443,
  secret,
  url,
  usernamePasswordMethod,
} from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `JenkinsConnectorDTO`. */
export default defineProvider({
  id: 'jenkins',
  label: 'Jenkins',
  category: 'artifacts',
  type: 'Jenkins',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/jenkins-connector-settings-reference',
  ),
  description: 'Trigger Jenkins jobs and collect their artifacts.',
  initials: 'JK',
  fields: [
    url('jenkinsUrl', 'jenkinsUrl', 'Jenkins URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://jenkins.example.com',
    }),
  ],
  authMethods: [
    usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' }),
    {
      id: 'bearer-token',
      label: 'Bearer token (HTTP header)',
      set: { 'auth.type': 'Bearer Token(HTTP Header)' },
      fields: [secret('tokenRef', 'auth.spec.tokenRef', 'Bearer token')],
    },
    anonymousMethod({ 'auth.type': 'Anonymous' }),
  ],
  hints: {
    permissions: [
      'Matrix-based: Read permission.',
      'Execute Permission, if jobs are triggered from Harness stage.',
    ],
    ports: [HTTPS_443],
    references: [
      {
        label: 'Matrix-based security',
        url: 'https://www.jenkins.io/doc/book/security/managing-security/',
      },
    ],
  },
})
