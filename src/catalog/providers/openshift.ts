import { harnessDocs, HTTPS_443 } from '../fields'
import { defineProvider } from '../types'
import { serviceAccountMethod } from './kubernetes'

/** Seed 001 lists OpenShift apart; the API type is `K8sCluster` with a service account token. */
export default defineProvider({
  id: 'openshift',
  label: 'OpenShift',
  category: 'cloud',
  type: 'K8sCluster',
  variantOf: 'kubernetes',
  docsUrl: harnessDocs('connectors/cloud-providers/add-a-kubernetes-cluster-connector'),
  description: 'Deploy to Red Hat OpenShift with a Kubernetes service account token.',
  initials: 'OS',
  fields: [],
  authMethods: [serviceAccountMethod],
  hints: {
    permissions: ['Kubernetes service account token.'],
    ports: [HTTPS_443],
    olderPorts: [HTTPS_443, { protocol: 'SSH', port: 22 }],
    references: [
      {
        label: 'Enabling Service Account Authentication',
        url: 'https://docs.openshift.com/container-platform/3.6/dev_guide/service_accounts.html#enabling-service-account-authentication',
      },
    ],
  },
})
