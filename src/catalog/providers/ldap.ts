import { harnessDocs, HTTPS_443 } from '../fields'
import { defineProvider } from '../types'

/** Seed 001 "Active Directory LDAP": an account authentication setting, not a connector. */
export default defineProvider({
  id: 'ldap',
  label: 'Active Directory LDAP',
  category: 'secrets',
  docsUrl: harnessDocs('authentication/ldap-auth'),
  description: 'Sign-in and user group sync from Active Directory over LDAP.',
  initials: 'LD',
  fields: [],
  authMethods: [],
  createInstead: {
    text: 'an LDAP provider under Account Settings → Authentication (not a connector)',
  },
  hints: {
    permissions: ['User account in the Active Directory.'],
    ports: [
      HTTPS_443,
      { protocol: 'LDAP', port: 389, note: 'LDAP without SSL' },
      { protocol: 'LDAPS', port: 636, note: 'Secure LDAP' },
    ],
    notes: [
      'By default, LDAP traffic is transmitted unsecured. For Windows Active Directory you can enable LDAP over SSL by installing a certificate from a Microsoft or non-Microsoft certification authority.',
    ],
    references: [
      {
        label: 'Users and Groups',
        url: 'https://docs.microsoft.com/en-us/windows/desktop/secauthz/users-and-groups',
      },
    ],
  },
})
