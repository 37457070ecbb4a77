import { harnessDocs, oauthTokensMethod, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/**
 * `ConfluenceConnector` in Harness's client (src/api/contract): `{confluenceUrl, apiAccessType:
 * OAUTH | TOKEN, emailId, apiKeyRef, accessTokenRef, refreshTokenRef}`, and no
 * `delegateSelectors`. The seeds do not mention Confluence.
 */
export default defineProvider({
  id: 'confluence',
  label: 'Confluence',
  category: 'collaboration',
  type: 'Confluence',
  // [INF] the Harness docs have no Confluence connector page; the connectors overview.
  docsUrl: harnessDocs('connectors/create-a-connector-using-yaml'),
  description: 'Read and publish Confluence pages (runbooks, release notes).',
  initials: 'CF',
  noDelegateSelectors: true,
  fields: [
    url('confluenceUrl', 'confluenceUrl', 'Confluence URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://acme.atlassian.net/wiki',
    }),
  ],
  authMethods: [
    {
      id: 'api-token',
      label: 'Email and API token',
      set: { apiAccessType: 'TOKEN' },
      fields: [
        text('emailId', 'emailId', 'Email', { required: true, placeholder: 'bot@acme.com' }),
        secret('apiKeyRef', 'apiKeyRef', 'API token'),
      ],
    },
    oauthTokensMethod(),
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
