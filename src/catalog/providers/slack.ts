import { harnessDocs, oauthTokensMethod, secret } from '../fields'
import { defineProvider } from '../types'

/**
 * Seed 004 names Slack under Collaboration. `SlackConnector` in Harness's client
 * (src/api/contract): `{apiAccessType: OAUTH | TOKEN, botUserTokenRef, accessTokenRef,
 * refreshTokenRef}`, and no `delegateSelectors`.
 */
export default defineProvider({
  id: 'slack',
  label: 'Slack',
  category: 'collaboration',
  type: 'Slack',
  docsUrl: harnessDocs('notifications/send-notifications-using-slack'),
  description: 'Pipeline and platform notifications to Slack channels.',
  initials: 'SC',
  noDelegateSelectors: true,
  fields: [],
  authMethods: [
    {
      id: 'bot-token',
      label: 'Slack app bot token',
      set: { apiAccessType: 'TOKEN' },
      fields: [
        secret('botUserTokenRef', 'botUserTokenRef', 'Bot user token', {
          help: "The Slack app's bot user OAuth token, stored as a Harness secret.",
        }),
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
