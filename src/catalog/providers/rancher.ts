import { harnessDocs, secret, url } from '../fields'
import { defineProvider } from '../types'

/**
 * `RancherConnector` in Harness's client (src/api/contract): `{credential: {type: ManualConfig,
 * spec: {rancherUrl, auth: {type: BearerToken, spec: {passwordRef}}}}, delegateSelectors}`;
 * both `rancherUrl` and `auth` are required. No `executeOnDelegate`: a delegate connects.
 */
export default defineProvider({
  id: 'rancher',
  label: 'Rancher',
  category: 'cloud',
  type: 'Rancher',
  // [INF] no Rancher page in the seeds; the Kubernetes cluster connector page is the nearest.
  docsUrl: harnessDocs('connectors/cloud-providers/add-a-kubernetes-cluster-connector'),
  description: 'Deploy to the Kubernetes clusters a Rancher server manages.',
  initials: 'RC',
  fields: [
    url('rancherUrl', 'credential.spec.rancherUrl', 'Rancher URL', {
      required: true,
      portHintFor: true,
      placeholder: 'https://rancher.example.com',
      help: 'The Rancher server that manages the clusters.',
    }),
  ],
  set: { 'credential.type': 'ManualConfig' },
  authMethods: [
    {
      id: 'bearer-token',
      label: 'Bearer token',
      set: { 'credential.spec.auth.type': 'BearerToken' },
      fields: [
        secret('bearerTokenRef', 'credential.spec.auth.spec.passwordRef', 'Bearer token', {
          help: 'A Rancher API token, stored as a Harness secret.',
        }),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
