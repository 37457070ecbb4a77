import { harnessDocs } from '../fields'
import { defineProvider } from '../types'

/** Seed 001 lists SMTP; email is an account setting, not a connector type (REFERENCE §5a). */
export default defineProvider({
  id: 'smtp',
  label: 'SMTP',
  category: 'collaboration',
  docsUrl: harnessDocs('notifications/add-smtp-configuration'),
  description: 'Email notifications through your own SMTP server.',
  initials: 'EM',
  fields: [],
  authMethods: [],
  createInstead: { text: 'an SMTP configuration under Account Settings (not a connector)' },
  hints: {
    permissions: ['None.'],
    ports: [{ protocol: 'TCP', port: 25 }],
    references: [],
  },
})
