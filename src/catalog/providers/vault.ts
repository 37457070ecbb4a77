import { boolean, harnessDocs, number, secret, text, url } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `VaultConnectorDTO`; `authToken` and `secretId` are secret REFS (§9.14). */
export default defineProvider({
  id: 'vault',
  label: 'HashiCorp Vault',
  category: 'secrets',
  type: 'Vault',
  docsUrl: harnessDocs('secrets/secrets-management/add-hashicorp-vault'),
  description: 'Store and read Harness secrets in HashiCorp Vault (KV engine).',
  initials: 'HV',
  // The engine is named below, so the Manager does not need to list engines.
  set: { secretEngineManuallyConfigured: true },
  fields: [
    url('vaultUrl', 'vaultUrl', 'Vault URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://vault.example.com:8200',
    }),
    text('basePath', 'basePath', 'Base secret path', { default: '/harness' }),
    text('namespace', 'namespace', 'Namespace'),
    text('secretEngineName', 'secretEngineName', 'Secret engine name', {
      required: true,
      default: 'secret',
    }),
    number('secretEngineVersion', 'secretEngineVersion', 'KV engine version', {
      required: true,
      default: 2,
      min: 1,
      max: 2,
    }),
    number('renewalIntervalMinutes', 'renewalIntervalMinutes', 'Token renewal interval (minutes)', {
      required: true,
      default: 10,
      min: 0,
      max: 525600,
    }),
    boolean('readOnly', 'readOnly', 'Read-only'),
    boolean('isDefault', 'default', 'Use as the default secret manager'),
  ],
  authMethods: [
    {
      id: 'token',
      label: 'Token',
      set: { accessType: 'TOKEN' },
      fields: [secret('authToken', 'authToken', 'Vault token')],
    },
    {
      id: 'app-role',
      label: 'AppRole',
      set: { accessType: 'APP_ROLE' },
      fields: [
        text('appRoleId', 'appRoleId', 'Role ID', { required: true }),
        secret('secretId', 'secretId', 'Secret ID'),
      ],
    },
    {
      id: 'vault-agent',
      label: 'Vault Agent on the delegate',
      set: { accessType: 'VAULT_AGENT', useVaultAgent: true },
      fields: [text('sinkPath', 'sinkPath', 'Sink path', { required: true })],
      requiresDelegateSelectors: true,
    },
    {
      id: 'aws-iam',
      label: 'AWS IAM auth',
      set: { accessType: 'AWS_IAM', useAwsIam: true },
      fields: [
        text('awsRegion', 'awsRegion', 'AWS region', { required: true }),
        text('vaultAwsIamRole', 'vaultAwsIamRole', 'Vault role', { required: true }),
        secret('xvaultAwsIamServerId', 'xvaultAwsIamServerId', 'X-Vault-AWS-IAM-Server-ID header', {
          required: false,
        }),
      ],
      requiresDelegateSelectors: true,
    },
    {
      id: 'k8s-auth',
      label: 'Kubernetes auth',
      set: { accessType: 'K8s_AUTH', useK8sAuth: true },
      fields: [
        text('vaultK8sAuthRole', 'vaultK8sAuthRole', 'Vault role', { required: true }),
        text('serviceAccountTokenPath', 'serviceAccountTokenPath', 'Service account token path', {
          required: true,
          default: '/var/run/secrets/kubernetes.io/serviceaccount/token',
        }),
        text('k8sAuthEndpoint', 'k8sAuthEndpoint', 'Auth mount path', { default: 'kubernetes' }),
      ],
      requiresDelegateSelectors: true,
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
