import { harnessDocs, HTTPS_443, secret, text, url, usernamePasswordFields } from '../fields'
import { defineProvider, type AuthMethod } from '../types'

const masterUrl = url('masterUrl', 'credential.spec.masterUrl', 'Master URL', {
  required: true,
  portHintFor: true,
  placeholder: 'https://k8s.example.com:6443',
})
const caCert = secret('caCertRef', 'credential.spec.auth.spec.caCertRef', 'CA certificate', {
  required: false,
})
const manual = (type: string) => ({
  'credential.type': 'ManualConfig',
  'credential.spec.auth.type': type,
})

/** The service-account method, shared with the OpenShift variant. */
export const serviceAccountMethod: AuthMethod = {
  id: 'service-account',
  label: 'Service account token',
  set: manual('ServiceAccount'),
  fields: [
    masterUrl,
    secret(
      'serviceAccountTokenRef',
      'credential.spec.auth.spec.serviceAccountTokenRef',
      'Service account token',
    ),
    caCert,
  ],
}

/** REFERENCE §6 `KubernetesClusterConfigDTO`. */
export default defineProvider({
  id: 'kubernetes',
  label: 'Kubernetes cluster',
  category: 'cloud',
  type: 'K8sCluster',
  docsUrl: harnessDocs('connectors/cloud-providers/add-a-kubernetes-cluster-connector'),
  description:
    'Deploy to any Kubernetes cluster, through an in-cluster delegate or its API server.',
  initials: 'K8',
  fields: [],
  authMethods: [
    {
      id: 'inherit',
      label: 'Use the credentials of a delegate in the cluster',
      set: { 'credential.type': 'InheritFromDelegate' },
      fields: [],
      requiresDelegateSelectors: true,
    },
    serviceAccountMethod,
    {
      id: 'username-password',
      label: 'Username and password',
      set: manual('UsernamePassword'),
      fields: [masterUrl, ...usernamePasswordFields('credential.spec.auth.spec.')],
    },
    {
      id: 'client-cert',
      label: 'Client key and certificate',
      set: manual('ClientKeyCert'),
      fields: [
        masterUrl,
        secret('clientCertRef', 'credential.spec.auth.spec.clientCertRef', 'Client certificate'),
        secret('clientKeyRef', 'credential.spec.auth.spec.clientKeyRef', 'Client key'),
        secret(
          'clientKeyPassphraseRef',
          'credential.spec.auth.spec.clientKeyPassphraseRef',
          'Client key passphrase',
          {
            required: false,
          },
        ),
        text('clientKeyAlgo', 'credential.spec.auth.spec.clientKeyAlgo', 'Client key algorithm', {
          placeholder: 'RSA',
        }),
        caCert,
      ],
    },
    {
      id: 'oidc',
      label: 'OpenID Connect',
      set: manual('OpenIdConnect'),
      fields: [
        masterUrl,
        url('oidcIssuerUrl', 'credential.spec.auth.spec.oidcIssuerUrl', 'Issuer URL', {
          required: true,
        }),
        text('oidcUsername', 'credential.spec.auth.spec.oidcUsername', 'Username', {
          required: true,
        }),
        secret('oidcClientIdRef', 'credential.spec.auth.spec.oidcClientIdRef', 'Client ID'),
        secret('oidcPasswordRef', 'credential.spec.auth.spec.oidcPasswordRef', 'Password'),
        secret('oidcSecretRef', 'credential.spec.auth.spec.oidcSecretRef', 'Client secret', {
          required: false,
        }),
        text('oidcScopes', 'credential.spec.auth.spec.oidcScopes', 'Scopes', {
          placeholder: 'openid,email',
        }),
      ],
    },
  ],
  hints: {
    permissions: [
      'One of the following:',
      'Same cluster as kubernetes delegate. Use this option if you installed the Harness delegate in your cluster.',
      'Username and password.',
      'CA certificate, client certificate, and client key. Key passphrase and key algorithm are optional.',
      'For OpenShift: Kubernetes service account token.',
    ],
    ports: [],
    olderPorts: [HTTPS_443, { protocol: 'SSH', port: 22 }],
    notes: ['Ports depend on where the cluster is hosted, such as GCP or AWS.'],
    references: [
      {
        label: 'Authenticating',
        url: 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/',
      },
    ],
  },
})
