import { harnessDocs, HTTPS_443 } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §5a: there is no WinRM connector; WinRM credentials are a secret type. */
export default defineProvider({
  id: 'winrm',
  label: 'WinRM',
  category: 'cloud',
  docsUrl: harnessDocs('secrets/add-winrm-credential'),
  description: 'Windows Remote Management for deployments to Windows hosts.',
  initials: 'WR',
  fields: [],
  authMethods: [],
  createInstead: {
    text: 'a WinRM credential secret plus a Physical Data Center (Pdc) connector listing the Windows hosts',
    providerId: 'pdc',
    prefill: { name: 'Windows hosts', description: 'Windows hosts reached over WinRM' },
    remaining:
      'List the Windows hosts. The WinRM credential is a secret of its own, chosen in the stage that deploys.',
  },
  hints: {
    permissions: [
      'User account in the same Active Directory domain as the Windows instances the connection uses.',
    ],
    ports: [
      { protocol: 'HTTP', port: 5985 },
      { protocol: 'HTTPS', port: 5986 },
      HTTPS_443,
      { protocol: 'SSH', port: 22 },
    ],
    references: [
      {
        label: 'Installation and Configuration for Windows Remote Management',
        url: 'https://docs.microsoft.com/en-us/windows/desktop/winrm/installation-and-configuration-for-windows-remote-management',
      },
    ],
  },
})
