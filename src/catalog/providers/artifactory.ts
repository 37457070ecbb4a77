import { anonymousMethod, harnessDocs, HTTPS_443, url, usernamePasswordMethod } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `ArtifactoryConnector`. */
export default defineProvider({
  id: 'artifactory',
  label: 'JFrog Artifactory',
  category: 'artifacts',
  type: 'Artifactory',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/artifactory-connector-settings-reference',
  ),
  description: 'Pull images, Helm charts and packages from JFrog Artifactory.',
  initials: 'JF',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    url('artifactoryServerUrl', 'artifactoryServerUrl', 'Artifactory URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://acme.jfrog.io/artifactory',
    }),
  ],
  authMethods: [
    usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' }),
    anonymousMethod({ 'auth.type': 'Anonymous' }),
  ],
  hints: {
    permissions: ['Privileged User: Read permission.'],
    ports: [HTTPS_443],
    references: [
      {
        label: 'Managing Permissions',
        url: 'https://www.jfrog.com/confluence/display/RTF/Managing+Permissions',
      },
    ],
  },
})
