import { harnessDocs, secret, select, text, url } from '../fields'
import { defineProvider } from '../types'

/**
 * [SRC] the client's AwsCodeCommitConnector: `authentication` is `{type: 'HTTPS', spec: {type:
 * 'AWSCredentials', spec: {accessKey, secretKeyRef}}}` (AwsCodeCommitAuthentication,
 * AwsCodeCommitHttpsCredentials, AwsCodeCommitSecretKeyAccessKey).
 */
export default defineProvider({
  id: 'aws-codecommit',
  label: 'AWS CodeCommit',
  category: 'code',
  type: 'Codecommit',
  docsUrl: harnessDocs(
    'connectors/code-repositories/ref-source-repo-provider/aws-code-commit-connector-settings-reference',
  ),
  description: 'Clone repositories from AWS CodeCommit with an IAM access key.',
  initials: 'CC',
  fields: [
    select('urlType', 'type', 'URL type', [
      { value: 'Region', label: 'Region' },
      { value: 'Repo', label: 'Repository' },
    ]),
    url('url', 'url', 'CodeCommit URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app',
    }),
  ],
  authMethods: [
    {
      id: 'access-key',
      label: 'AWS access key',
      set: {
        'authentication.type': 'HTTPS',
        'authentication.spec.type': 'AWSCredentials',
      },
      fields: [
        text('accessKey', 'authentication.spec.spec.accessKey', 'Access key ID', {
          required: true,
        }),
        secret('secretKeyRef', 'authentication.spec.spec.secretKeyRef', 'Secret access key'),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
