import { harnessDocs, secret, select, text } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 AzureKeyVault; `secretKey` is a secret ref. */
export default defineProvider({
  id: 'azure-key-vault',
  label: 'Azure Key Vault',
  category: 'secrets',
  type: 'AzureKeyVault',
  docsUrl: harnessDocs('secrets/secrets-management/azure-key-vault'),
  description: 'Store and read Harness secrets in Azure Key Vault.',
  initials: 'KV',
  fields: [
    text('vaultName', 'vaultName', 'Vault name', { required: true }),
    text('subscription', 'subscription', 'Subscription ID', { required: true }),
    select('azureEnvironmentType', 'azureEnvironmentType', 'Environment', [
      { value: 'AZURE', label: 'Azure global' },
      { value: 'AZURE_US_GOVERNMENT', label: 'Azure US Government' },
    ]),
  ],
  authMethods: [
    {
      id: 'client-secret',
      label: 'Service principal with client secret',
      set: { useManagedIdentity: false },
      fields: [
        text('clientId', 'clientId', 'Application (client) ID', { required: true }),
        text('tenantId', 'tenantId', 'Tenant (directory) ID', { required: true }),
        secret('secretKey', 'secretKey', 'Client secret'),
      ],
    },
    {
      id: 'system-managed-identity',
      label: 'System-assigned managed identity',
      set: { useManagedIdentity: true, azureManagedIdentityType: 'SystemAssignedManagedIdentity' },
      fields: [],
      requiresDelegateSelectors: true,
    },
    {
      id: 'user-managed-identity',
      label: 'User-assigned managed identity',
      set: { useManagedIdentity: true, azureManagedIdentityType: 'UserAssignedManagedIdentity' },
      fields: [
        text('managedClientId', 'managedClientId', 'Managed identity client ID', {
          required: true,
        }),
      ],
      requiresDelegateSelectors: true,
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
