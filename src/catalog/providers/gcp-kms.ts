import { fileSecret, harnessDocs, text } from '../fields'
import { defineProvider } from '../types'

/** [SDK] model_gcp_kms_connector.go: projectId, region, keyRing, keyName, credentials (secret file). */
export default defineProvider({
  id: 'gcp-kms',
  label: 'Google Cloud KMS',
  category: 'secrets',
  type: 'GcpKms',
  docsUrl: harnessDocs('secrets/secrets-management/add-google-kms-secrets-manager'),
  description: 'Encrypt Harness secrets with a Google Cloud KMS symmetric key.',
  initials: 'GK',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    text('projectId', 'projectId', 'Project ID', { required: true }),
    text('region', 'region', 'Region', { required: true }),
    text('keyRing', 'keyRing', 'Key ring', { required: true }),
    text('keyName', 'keyName', 'Key name', { required: true }),
  ],
  authMethods: [
    {
      id: 'service-account-key',
      label: 'Service account key',
      fields: [fileSecret('credentials', 'credentials', 'Service account key (JSON secret file)')],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
