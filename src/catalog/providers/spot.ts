import { harnessDocs, secret, text } from '../fields'
import { defineProvider } from '../types'

/** [INF] SpotConnectorDTO: `credential: {type: PermanentTokenConfig, spec: {spotAccountId, apiTokenRef}}`. */
export default defineProvider({
  id: 'spot',
  label: 'Spot (Elastigroup)',
  category: 'cloud',
  type: 'Spot',
  docsUrl: harnessDocs('connectors/cloud-providers/add-spot-connector'),
  description: 'Deploy to Spot Elastigroups.',
  initials: 'SP',
  fields: [],
  authMethods: [
    {
      id: 'api-token',
      label: 'Account ID and API token',
      set: { 'credential.type': 'PermanentTokenConfig' },
      fields: [
        text('spotAccountId', 'credential.spec.spotAccountId', 'Spot account ID', {
          required: true,
        }),
        secret('apiTokenRef', 'credential.spec.apiTokenRef', 'API token'),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
