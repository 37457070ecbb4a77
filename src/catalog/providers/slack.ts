import { harnessDocs } from '../fields'
import { defineProvider } from '../types'

/** Seed 004 names Slack under Collaboration; REFERENCE §5a has no Slack connector type. */
export default defineProvider({
  id: 'slack',
  label: 'Slack',
  category: 'collaboration',
  docsUrl: harnessDocs('notifications/send-notifications-using-slack'),
  description: 'Pipeline and platform notifications to Slack channels.',
  initials: 'SK',
  fields: [],
  authMethods: [],
  createInstead:
    'a Slack incoming webhook in a notification rule or user group, with the webhook URL stored as a secret',
  hints: {
    permissions: [],
    ports: [],
    notes: ['Not listed in the Harness permissions and ports table.'],
    references: [],
  },
})
