import { anonymousMethod, harnessDocs, select, url, usernamePasswordMethod } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `DockerConnectorDTO`. */
export default defineProvider({
  id: 'docker-registry',
  label: 'Docker Registry',
  category: 'artifacts',
  type: 'DockerRegistry',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/docker-registry-connector-settings-reference',
  ),
  description: 'Pull container images from Docker Hub, Harbor, Quay or any v2 registry.',
  initials: 'DR',
  connectivityModes: ['delegate', 'platform'],
  fields: [
    url('dockerRegistryUrl', 'dockerRegistryUrl', 'Registry URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://index.docker.io/v2/',
    }),
    select('providerType', 'providerType', 'Provider', [
      { value: 'DockerHub', label: 'Docker Hub' },
      { value: 'Harbor', label: 'Harbor' },
      { value: 'Quay', label: 'Quay' },
      { value: 'Other', label: 'Other' },
    ]),
  ],
  authMethods: [
    usernamePasswordMethod('auth.spec.', { 'auth.type': 'UsernamePassword' }),
    anonymousMethod({ 'auth.type': 'Anonymous' }),
  ],
  hints: {
    permissions: ['User permission level.'],
    ports: [{ protocol: 'TCP', port: 8083 }],
    references: [
      {
        label: 'Permission levels',
        url: 'https://docs.docker.com/v17.09/datacenter/dtr/2.0/user-management/permission-levels/',
      },
    ],
  },
})
