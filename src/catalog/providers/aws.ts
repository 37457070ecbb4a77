import { harnessDocs, secret, text } from '../fields'
import { defineProvider } from '../types'

const iamUser = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html'

/** REFERENCE §6 `AwsConnector`; seed 001 rows AWS Cloud, CodeDeploy, EC2, ELB/ALB/ECS and S3. */
export default defineProvider({
  id: 'aws',
  label: 'AWS',
  category: 'cloud',
  type: 'Aws',
  docsUrl: harnessDocs('connectors/cloud-providers/add-aws-connector'),
  description: 'Deploy to and read from Amazon Web Services (EC2, ECS, S3, CodeDeploy, ...).',
  initials: 'AW',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    text('region', 'credential.region', 'Test region', {
      placeholder: 'us-east-1',
      help: 'The region used to test the connection.',
    }),
    text(
      'crossAccountRoleArn',
      'credential.crossAccountAccess.crossAccountRoleArn',
      'Cross-account role ARN',
    ),
    // CrossAccountAccess requires crossAccountRoleArn ([SRC] the client's CrossAccountAccess).
    text('externalId', 'credential.crossAccountAccess.externalId', 'External ID', {
      requires: 'crossAccountRoleArn',
    }),
  ],
  authMethods: [
    {
      id: 'inherit',
      label: 'Assume the IAM role of the delegate',
      set: { 'credential.type': 'InheritFromDelegate' },
      fields: [],
      requiresDelegateSelectors: true,
    },
    {
      id: 'access-key',
      label: 'Access key and secret key',
      set: { 'credential.type': 'ManualConfig' },
      fields: [
        text('accessKey', 'credential.spec.accessKey', 'Access key ID', { required: true }),
        secret('secretKeyRef', 'credential.spec.secretKeyRef', 'Secret access key'),
      ],
    },
    {
      id: 'irsa',
      label: 'IRSA (IAM role for the delegate service account)',
      set: { 'credential.type': 'Irsa' },
      fields: [],
      requiresDelegateSelectors: true,
    },
    {
      id: 'oidc',
      label: 'OIDC',
      set: { 'credential.type': 'OidcAuthentication' },
      fields: [
        text('iamRoleArn', 'credential.spec.iamRoleArn', 'IAM role ARN', {
          required: true,
          placeholder: 'arn:aws:iam::123456789012:role/harness',
        }),
      ],
    },
  ],
  hints: {
    permissions: [
      'IAM user to be able to make API requests to AWS. DescribeRegions required.',
      'CodeDeploy policies: AWSCodeDeployRole, AWSCodeDeployDeployerAccess (DescribeRegions required also).',
      'EC2 policy: AmazonEC2FullAccess (DescribeRegions required also).',
      'ELB, ALB, ECS: policy for Elastic Load Balancer, Application Load Balancer, and Elastic Container Service (DescribeRegions required also).',
      'S3 policy: AmazonS3ReadOnlyAccess (DescribeRegions required also).',
    ],
    ports: [
      {
        protocol: 'HTTPS',
        port: 443,
        note: 'AWS APIs; depends on the firewall settings of your VPC',
      },
      { protocol: 'HTTPS', port: 443, note: 'CodeDeploy' },
      { protocol: 'HTTP', port: 80, note: 'EC2' },
      { protocol: 'TCP', port: 9090, note: 'EC2' },
      ...[25, 80, 443, 465, 587].map((port) => ({
        protocol: 'TCP' as const,
        port,
        note: 'ELB, ALB, ECS well-known ports',
      })),
    ],
    notes: [
      'Most deployments to virtual machines use SSH over port 22; the VPC firewall may also need HTTPS 443 for administration.',
    ],
    olderNotes: ['ELB, ALB and ECS can also use the ephemeral ports 1024-65535.'],
    references: [
      { label: 'Creating an IAM User in Your AWS Account', url: iamUser },
      {
        label: 'AWS Managed (Predefined) Policies for AWS CodeDeploy',
        url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#managed-policies',
      },
      {
        label: 'Controlling Access to Amazon EC2 Resources',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UsingIAM.html',
      },
      {
        label: 'Amazon ECS Service Scheduler IAM Role',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_IAM_role.html',
      },
      { label: 'Creating an IAM User (console)', url: `${iamUser}#id_users_create_console` },
    ],
    policySnippet: {
      language: 'json',
      title:
        'Inline policy for DescribeRegions. Attach only the managed policies your deployments need: AmazonS3ReadOnlyAccess (S3), AmazonEC2FullAccess (EC2), AWSCodeDeployRole and AWSCodeDeployDeployerAccess (CodeDeploy).',
      content: JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'HarnessDescribeRegions',
              Effect: 'Allow',
              Action: 'ec2:DescribeRegions',
              Resource: '*',
            },
          ],
        },
        null,
        2,
      ),
    },
  },
})
