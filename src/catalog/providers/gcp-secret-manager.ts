import { fileSecret, harnessDocs } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 GcpSecretManager `{credentialsRef?, assumeCredentialsOnDelegate?}`. */
export default defineProvider({
  id: 'gcp-secret-manager',
  label: 'GCP Secret Manager',
  category: 'secrets',
  type: 'GcpSecretManager',
  docsUrl: harnessDocs('secrets/secrets-management/add-a-google-cloud-secret-manager'),
  description: 'Store and read Harness secrets in Google Cloud Secret Manager.',
  initials: 'GS',
  fields: [],
  authMethods: [
    {
      id: 'service-account-key',
      label: 'Service account key',
      set: { assumeCredentialsOnDelegate: false },
      fields: [
        fileSecret('credentialsRef', 'credentialsRef', 'Service account key (JSON secret file)'),
      ],
    },
    {
      id: 'inherit',
      label: 'Use the credentials of the delegate',
      set: { assumeCredentialsOnDelegate: true },
      fields: [],
      requiresDelegateSelectors: true,
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
