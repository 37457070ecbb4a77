import { fileSecret, harnessDocs, secret, select, text } from '../fields'
import { defineProvider } from '../types'

const appFields = [
  text('applicationId', 'credential.spec.applicationId', 'Application (client) ID', {
    required: true,
  }),
  text('tenantId', 'credential.spec.tenantId', 'Tenant (directory) ID', { required: true }),
]

/** REFERENCE §6 `AzureConnector`. */
export default defineProvider({
  id: 'azure',
  label: 'Microsoft Azure',
  category: 'cloud',
  type: 'Azure',
  docsUrl: harnessDocs('connectors/cloud-providers/add-a-microsoft-azure-connector'),
  description: 'Deploy to AKS, Web Apps and VMs; read from ACR.',
  initials: 'AZ',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    select(
      'azureEnvironmentType',
      'azureEnvironmentType',
      'Environment',
      [
        { value: 'AZURE', label: 'Azure global' },
        { value: 'AZURE_US_GOVERNMENT', label: 'Azure US Government' },
      ],
      { required: true },
    ),
  ],
  authMethods: [
    {
      id: 'client-secret',
      label: 'Service principal with client secret',
      set: { 'credential.type': 'ManualConfig', 'credential.spec.auth.type': 'Secret' },
      fields: [
        ...appFields,
        secret('secretRef', 'credential.spec.auth.spec.secretRef', 'Client secret'),
      ],
    },
    {
      id: 'certificate',
      label: 'Service principal with certificate',
      set: { 'credential.type': 'ManualConfig', 'credential.spec.auth.type': 'Certificate' },
      fields: [
        ...appFields,
        fileSecret(
          'certificateRef',
          'credential.spec.auth.spec.certificateRef',
          'Certificate (PEM secret file)',
        ),
      ],
    },
    {
      id: 'system-managed-identity',
      label: 'System-assigned managed identity of the delegate',
      set: {
        'credential.type': 'InheritFromDelegate',
        'credential.spec.auth.type': 'SystemAssignedManagedIdentity',
      },
      fields: [],
      requiresDelegateSelectors: true,
    },
    {
      id: 'user-managed-identity',
      label: 'User-assigned managed identity of the delegate',
      set: {
        'credential.type': 'InheritFromDelegate',
        'credential.spec.auth.type': 'UserAssignedManagedIdentity',
      },
      fields: [
        text('clientId', 'credential.spec.auth.spec.clientId', 'Managed identity client ID', {
          required: true,
        }),
      ],
      requiresDelegateSelectors: true,
    },
  ],
  hints: {
    permissions: ['Client (Application) and Tenant (Directory) IDs, and Key.'],
    ports: [
      { protocol: 'HTTP', port: 5985, note: 'Windows VMs (WinRM)' },
      { protocol: 'HTTPS', port: 5986, note: 'Windows VMs (WinRM)' },
    ],
    olderPorts: [
      { protocol: 'HTTP', port: 5985, note: 'Windows VMs (WinRM)' },
      { protocol: 'HTTPS', port: 5986, note: 'Windows VMs (WinRM)' },
      { protocol: 'SSH', port: 22, note: 'Linux VMs' },
    ],
    references: [
      {
        label: 'Get application ID and authentication key',
        url: 'https://docs.microsoft.com/en-us/azure/azure-resource-manager/resource-group-create-service-principal-portal#get-application-id-and-authentication-key',
      },
    ],
  },
})
