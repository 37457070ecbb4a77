import { harnessDocs, HTTPS_443, secret, text } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 AwsSecretManager `{region, credential, secretNamePrefix?}`; [INF] credential specs. */
export default defineProvider({
  id: 'aws-secrets-manager',
  label: 'AWS Secrets Manager',
  category: 'secrets',
  type: 'AwsSecretManager',
  docsUrl: harnessDocs('secrets/secrets-management/add-an-aws-secret-manager'),
  description: 'Store and read Harness secrets in AWS Secrets Manager.',
  initials: 'AS',
  fields: [
    text('region', 'region', 'Region', { required: true, placeholder: 'us-east-1' }),
    text('secretNamePrefix', 'secretNamePrefix', 'Secret name prefix'),
  ],
  authMethods: [
    {
      id: 'access-key',
      label: 'Access key and secret key',
      set: { 'credential.type': 'ManualConfig' },
      fields: [
        secret('accessKey', 'credential.spec.accessKey', 'Access key ID'),
        secret('secretKey', 'credential.spec.secretKey', 'Secret access key'),
      ],
    },
    {
      id: 'iam-role',
      label: 'Assume the IAM role of the delegate',
      set: { 'credential.type': 'AssumeIAMRole' },
      fields: [],
      requiresDelegateSelectors: true,
    },
    {
      id: 'sts-role',
      label: 'Assume a role with STS',
      set: { 'credential.type': 'AssumeSTSRole' },
      fields: [
        text('roleArn', 'credential.spec.roleArn', 'Role ARN', { required: true }),
        text('externalId', 'credential.spec.externalId', 'External ID'),
      ],
      requiresDelegateSelectors: true,
    },
  ],
  hints: {
    permissions: [],
    ports: [{ ...HTTPS_443, note: 'AWS APIs' }],
    unlisted: true,
    sourceNote: 'the port is the one the table gives for AWS APIs (its AWS Cloud row)',
    references: [],
  },
})
