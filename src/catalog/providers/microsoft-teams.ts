import { harnessDocs } from '../fields'
import { defineProvider } from '../types'

/** Seed 004 names Microsoft Teams under Collaboration; REFERENCE §5a has no Teams connector type. */
export default defineProvider({
  id: 'microsoft-teams',
  label: 'Microsoft Teams',
  category: 'collaboration',
  docsUrl: harnessDocs('notifications/send-notifications-to-microsoft-teams'),
  description: 'Pipeline and platform notifications to Teams channels.',
  initials: 'MT',
  fields: [],
  authMethods: [],
  createInstead:
    'a Microsoft Teams incoming webhook in a notification rule or user group, with the webhook URL stored as a secret',
  hints: {
    permissions: [],
    ports: [],
    notes: ['Not listed in the Harness permissions and ports table.'],
    references: [],
  },
})
