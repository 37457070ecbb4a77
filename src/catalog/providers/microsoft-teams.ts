import { harnessDocs, oauthTokensMethod, secret, text } from '../fields'
import { defineProvider } from '../types'

/**
 * Seed 004 names Microsoft Teams under Collaboration. `MsTeamsConnector` in Harness's client
 * (src/api/contract): `{apiAccessType: OAUTH | TOKEN, clientId, tenantId, clientSecretRef,
 * accessTokenRef, refreshTokenRef}`, and no `delegateSelectors`.
 */
export default defineProvider({
  id: 'microsoft-teams',
  label: 'Microsoft Teams',
  category: 'collaboration',
  type: 'MsTeams',
  docsUrl: harnessDocs('notifications/send-notifications-to-microsoft-teams'),
  description: 'Pipeline and platform notifications to Teams channels.',
  initials: 'MT',
  noDelegateSelectors: true,
  fields: [],
  authMethods: [
    {
      id: 'app-credentials',
      label: 'App registration (client secret)',
      set: { apiAccessType: 'TOKEN' },
      fields: [
        text('tenantId', 'tenantId', 'Tenant (directory) ID', { required: true }),
        text('clientId', 'clientId', 'Client (application) ID', { required: true }),
        secret('clientSecretRef', 'clientSecretRef', 'Client secret'),
      ],
    },
    oauthTokensMethod(),
  ],
  hints: {
    permissions: [],
    ports: [],
    unlisted: true,
    references: [],
  },
})
