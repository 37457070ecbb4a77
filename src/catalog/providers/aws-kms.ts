import { harnessDocs, HTTPS_443, secret, text } from '../fields'
import { defineProvider } from '../types'

/** [SDK] model_aws_kms_connector.go: credential, kmsArn (a secret ref), region, executeOnDelegate. */
export default defineProvider({
  id: 'aws-kms',
  label: 'AWS KMS',
  category: 'secrets',
  type: 'AwsKms',
  docsUrl: harnessDocs('secrets/secrets-management/add-an-aws-kms-secrets-manager'),
  description: 'Encrypt Harness secrets with an AWS KMS key.',
  initials: 'AK',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    secret('kmsArn', 'kmsArn', 'KMS key ARN (stored as a secret)'),
    text('region', 'region', 'Region', { required: true, placeholder: 'us-east-1' }),
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
        text('externalName', 'credential.spec.externalName', 'External ID'),
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
