import { harnessDocs, HTTPS_443, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `AppDynamicsConnectorDTO` (note `accountname`, lower-case n). */
export default defineProvider({
  id: 'appdynamics',
  label: 'AppDynamics',
  category: 'observability',
  type: 'AppDynamics',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Query AppDynamics metrics for continuous verification.',
  initials: 'AD',
  fields: [
    url('controllerUrl', 'controllerUrl', 'Controller URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://acme.saas.appdynamics.com',
    }),
    text('accountname', 'accountname', 'Account name', { required: true }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password',
      set: { authType: 'UsernamePassword' },
      fields: [
        text('username', 'username', 'Username', { required: true }),
        secret('passwordRef', 'passwordRef', 'Password'),
      ],
    },
    {
      id: 'api-client',
      label: 'API client',
      set: { authType: 'ApiClientToken' },
      fields: [
        text('clientId', 'clientId', 'Client ID', { required: true }),
        secret('clientSecretRef', 'clientSecretRef', 'Client secret'),
      ],
    },
  ],
  hints: {
    permissions: [
      'General permission: View, Edit and Delete permissions for new applications can be set as part of the default permissions for a custom role.',
    ],
    ports: [{ protocol: 'HTTP', port: 80 }],
    olderPorts: [{ protocol: 'HTTP', port: 80 }, HTTPS_443],
    references: [
      {
        label: 'General Permissions',
        url: 'https://docs.appdynamics.com/21.3/en/appdynamics-essentials/account-management/tenant-user-management/create-and-manage-custom-roles/application-permissions',
      },
    ],
  },
})
