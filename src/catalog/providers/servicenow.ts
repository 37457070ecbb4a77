import { harnessDocs, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `ServiceNowConnector`. */
export default defineProvider({
  id: 'servicenow',
  label: 'ServiceNow',
  category: 'collaboration',
  type: 'ServiceNow',
  docsUrl: harnessDocs('approvals/service-now-approvals'),
  description: 'Create ServiceNow tickets and use them as approvals.',
  initials: 'SN',
  fields: [
    url('serviceNowUrl', 'serviceNowUrl', 'ServiceNow URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://acme.service-now.com',
    }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password',
      set: { 'auth.type': 'UsernamePassword' },
      fields: [
        text('username', 'auth.spec.username', 'Username', { required: true }),
        secret('passwordRef', 'auth.spec.passwordRef', 'Password'),
      ],
    },
    {
      id: 'adfs',
      label: 'ADFS client credentials with certificate',
      set: { 'auth.type': 'AdfsClientCredentialsWithCertificate' },
      fields: [
        url('adfsUrl', 'auth.spec.adfsUrl', 'ADFS URL', { required: true }),
        secret('certificateRef', 'auth.spec.certificateRef', 'Certificate'),
        secret('clientIdRef', 'auth.spec.clientIdRef', 'Client ID'),
        secret('privateKeyRef', 'auth.spec.privateKeyRef', 'Private key'),
        secret('resourceIdRef', 'auth.spec.resourceIdRef', 'Resource ID'),
      ],
    },
    {
      id: 'refresh-token',
      label: 'OAuth refresh token',
      set: { 'auth.type': 'RefreshTokenGrantType' },
      fields: [
        url('tokenUrl', 'auth.spec.tokenUrl', 'Token URL', { required: true }),
        secret('clientIdRef', 'auth.spec.clientIdRef', 'Client ID'),
        secret('clientSecretRef', 'auth.spec.clientSecretRef', 'Client secret', {
          required: false,
        }),
        secret('refreshTokenRef', 'auth.spec.refreshTokenRef', 'Refresh token'),
        text('scope', 'auth.spec.scope', 'Scope'),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
