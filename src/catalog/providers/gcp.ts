import { fileSecret, harnessDocs, text } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `GcpConnector`. */
export default defineProvider({
  id: 'gcp',
  label: 'Google Cloud Platform',
  category: 'cloud',
  type: 'Gcp',
  docsUrl: harnessDocs('connectors/cloud-providers/connect-to-google-cloud-platform-gcp'),
  description:
    'Deploy to GKE and other Google Cloud services; read from Cloud Storage and registries.',
  initials: 'GC',
  connectivityModes: ['delegate', 'platform'],
  fields: [],
  authMethods: [
    {
      id: 'inherit',
      label: 'Use the credentials of the delegate',
      set: { 'credential.type': 'InheritFromDelegate' },
      fields: [],
      requiresDelegateSelectors: true,
    },
    {
      id: 'service-account-key',
      label: 'Service account key',
      set: { 'credential.type': 'ManualConfig' },
      fields: [
        fileSecret(
          'secretKeyRef',
          'credential.spec.secretKeyRef',
          'Service account key (JSON secret file)',
        ),
      ],
    },
    {
      id: 'oidc',
      label: 'OIDC (workload identity federation)',
      set: { 'credential.type': 'OidcAuthentication' },
      fields: [
        text('workloadPoolId', 'credential.spec.workloadPoolId', 'Workload pool ID', {
          required: true,
        }),
        text('providerId', 'credential.spec.providerId', 'Provider ID', { required: true }),
        text('gcpProjectId', 'credential.spec.gcpProjectId', 'Project number', { required: true }),
        text(
          'serviceAccountEmail',
          'credential.spec.serviceAccountEmail',
          'Service account email',
          {
            required: true,
          },
        ),
      ],
    },
  ],
  hints: {
    permissions: ['Policies: Kubernetes Engine Admin.', 'Storage Object Viewer.'],
    ports: [{ protocol: 'SSH', port: 22 }],
    olderPorts: [
      { protocol: 'SSH', port: 22 },
      { protocol: 'TCP', port: 9090 },
    ],
    references: [
      {
        label: 'Understanding Roles',
        url: 'https://cloud.google.com/iam/docs/understanding-roles?_ga=2.123080387.-954998919.1531518087#curated_roles',
      },
    ],
    policySnippet: {
      language: 'text',
      title: 'Grant the roles the table names (Kubernetes Engine Admin, Storage Object Viewer)',
      content: [
        'gcloud projects add-iam-policy-binding PROJECT_ID \\',
        '  --member=serviceAccount:SA_EMAIL --role=roles/container.admin',
        'gcloud projects add-iam-policy-binding PROJECT_ID \\',
        '  --member=serviceAccount:SA_EMAIL --role=roles/storage.objectViewer',
      ].join('\n'),
    },
  },
})
