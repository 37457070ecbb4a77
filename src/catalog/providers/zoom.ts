import { harnessDocs, oauthTokensMethod, secret, text } from '../fields'
import { defineProvider } from '../types'

/**
 * `ZoomConnector` in Harness's client (src/api/contract): `{apiAccessType: OAUTH | TOKEN,
 * zoomAccountId, clientId, clientSecretRef, accessTokenRef, refreshTokenRef}`, and no
 * `delegateSelectors`. The seeds do not mention Zoom: no hints beyond that.
 */
export default defineProvider({
  id: 'zoom',
  label: 'Zoom',
  category: 'collaboration',
  type: 'Zoom',
  // [INF] the Harness docs have no Zoom connector page; the connectors overview.
  docsUrl: harnessDocs('connectors/create-a-connector-using-yaml'),
  description: 'Zoom meetings for incident and change collaboration.',
  initials: 'ZM',
  noDelegateSelectors: true,
  fields: [],
  authMethods: [
    {
      id: 'app-credentials',
      label: 'App credentials (client secret)',
      set: { apiAccessType: 'TOKEN' },
      fields: [
        text('zoomAccountId', 'zoomAccountId', 'Zoom account ID', { required: true }),
        text('clientId', 'clientId', 'Client ID', { required: true }),
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
