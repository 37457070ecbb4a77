import { buildKubernetesManifest } from './kubernetes'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { expectNoRawLineSeparators, parseYamlStream } from './testing/yaml'
import { TOKEN_PLACEHOLDER } from './types'

interface EnvEntry {
  name: string
  value?: string
  valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } }
}
interface Container {
  image: string
  resources: unknown
  env: EnvEntry[]
}
/** The fields of the manifest's objects that these tests read. */
interface K8sObject {
  apiVersion: string
  kind: string
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> }
  stringData?: Record<string, string>
  roleRef?: { name: string }
  subjects?: unknown[]
  spec?: { replicas: number; template: { spec: { containers: Container[] } } }
}

function manifest(overrides: Parameters<typeof makeConfig>[0] = {}) {
  const file = buildKubernetesManifest(makeConfig(overrides))
  return { file, docs: parseYamlStream<K8sObject>(file.content) }
}

const byKind = (docs: K8sObject[], kind: string) => docs.filter((d) => d.kind === kind)

function one<T>(items: T[]): T {
  expect(items).toHaveLength(1)
  return items[0]
}

function container(docs: K8sObject[]): Container {
  return one(one(byKind(docs, 'Deployment')).spec!.template.spec.containers)
}

function envEntry(docs: K8sObject[], name: string): EnvEntry {
  return one(container(docs).env.filter((e) => e.name === name))
}

/** Plain `value` env entries, with Kubernetes' `$$` → `$` unescaping applied. */
function envValues(docs: K8sObject[]): Record<string, string> {
  return Object.fromEntries(
    container(docs).env.flatMap((e) =>
      e.value === undefined ? [] : [[e.name, e.value.replaceAll('$$', '$')]],
    ),
  )
}

describe('buildKubernetesManifest', () => {
  it('emits Namespace, Secret, ServiceAccount, ClusterRoleBinding and Deployment', () => {
    const { file, docs } = manifest()
    expect(file.filename).toBe('harness-delegate.yaml')
    expect(file.nextCommands).toEqual(['kubectl apply -f harness-delegate.yaml'])
    expect(file.content).toMatch(/\n---\n/)
    expect(docs.map((d) => `${d.apiVersion} ${d.kind}`)).toEqual([
      'v1 Namespace',
      'v1 Secret',
      'v1 ServiceAccount',
      'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
      'apps/v1 Deployment',
    ])
    expect(docs[0].metadata.name).toBe('harness-delegate-ng')
    expect(byKind(docs, 'ClusterRoleBinding')[0].roleRef?.name).toBe('cluster-admin')
  })

  it('puts the config values in the Deployment env', () => {
    const { docs } = manifest({ cluster: 'eu', tags: ['a', 'b'], description: 'd' })
    expect(envValues(docs)).toMatchObject({
      ACCOUNT_ID: 'kmpySm00000006NL73w',
      MANAGER_HOST_AND_PORT: 'https://accounts.eu.harness.io',
      DELEGATE_NAME: 'prod-delegate',
      DELEGATE_TYPE: 'KUBERNETES',
      NEXT_GEN: 'true',
      DELEGATE_TAGS: 'a,b',
      DELEGATE_DESCRIPTION: 'd',
      LOG_STREAMING_SERVICE_URL: 'https://accounts.eu.harness.io/log-service/',
      INIT_SCRIPT: '',
      STACK_DRIVER_LOGGING_ENABLED: 'false',
    })
    expect(envEntry(docs, 'DELEGATE_TOKEN').valueFrom?.secretKeyRef).toEqual({
      name: 'prod-delegate-account-token',
      key: 'DELEGATE_TOKEN',
    })
    expect(envEntry(docs, 'DELEGATE_NAMESPACE').valueFrom?.fieldRef?.fieldPath).toBe(
      'metadata.namespace',
    )
    expect(container(docs).env.some((e) => e.name === 'PROXY_HOST')).toBe(false)
    expect(container(docs).image).toBe('harness/delegate:25.10.86800')
  })

  it('stores the token in the Secret, or the placeholder when the value is unknown', () => {
    const secret = (value: string | null) =>
      byKind(manifest({ token: { name: 'ci', value } }).docs, 'Secret')[0]
    expect(secret('abc').stringData).toEqual({ DELEGATE_TOKEN: 'abc' })
    expect(secret('abc').metadata.annotations?.['harness.io/delegate-token-name']).toBe('ci')
    expect(secret(null).stringData).toEqual({ DELEGATE_TOKEN: TOKEN_PLACEHOLDER })
  })

  it('sizes resources and replicas', () => {
    const { docs } = manifest({ size: 'MEDIUM', replicas: 3, namespace: 'ops' })
    expect(container(docs).resources).toEqual({
      limits: { memory: '8192Mi' },
      requests: { cpu: '4', memory: '8192Mi' },
    })
    const deployment = byKind(docs, 'Deployment')[0]
    expect(deployment.spec?.replicas).toBe(3)
    expect(deployment.metadata.namespace).toBe('ops')
  })

  it('binds view for CLUSTER_VIEWER and a namespaced Role for NAMESPACE_ADMIN', () => {
    const viewer = manifest({ permission: 'CLUSTER_VIEWER' }).docs
    expect(byKind(viewer, 'ClusterRoleBinding')[0].roleRef?.name).toBe('view')
    const nsAdmin = manifest({ permission: 'NAMESPACE_ADMIN', namespace: 'team-a' }).docs
    expect(byKind(nsAdmin, 'ClusterRoleBinding')).toEqual([])
    expect(byKind(nsAdmin, 'Role')[0].metadata.namespace).toBe('team-a')
    expect(byKind(nsAdmin, 'RoleBinding')[0].subjects).toEqual([
      { kind: 'ServiceAccount', name: 'prod-delegate', namespace: 'team-a' },
    ])
  })

  it('adds proxy env when a proxy is set', () => {
    const proxy = { host: 'proxy.corp', port: 3128, scheme: 'https' as const, noProxy: '.corp' }
    expect(envValues(manifest({ proxy }).docs)).toMatchObject({
      PROXY_HOST: 'proxy.corp',
      PROXY_PORT: '3128',
      PROXY_SCHEME: 'https',
      NO_PROXY: '.corp',
    })
  })

  it.each(INJECTION_PAYLOADS)('keeps %j literal everywhere', (payload) => {
    const file = buildKubernetesManifest(hostileConfig(payload))
    expectNoRawLineSeparators(file.content)
    const docs = parseYamlStream<K8sObject>(file.content)
    expect(docs).toHaveLength(5)
    expect(envValues(docs)).toMatchObject({
      ACCOUNT_ID: payload,
      DELEGATE_NAME: payload,
      DELEGATE_DESCRIPTION: payload,
      DELEGATE_TAGS: `${payload},safe`,
      PROXY_HOST: payload,
      PROXY_USER: payload,
      NO_PROXY: payload,
    })
    const secret = byKind(docs, 'Secret')[0]
    expect(secret.stringData?.DELEGATE_TOKEN).toBe(payload)
    expect(secret.metadata.annotations?.['harness.io/delegate-token-name']).toBe(payload)
    expect(byKind(docs, 'Deployment')[0].metadata.name).toBe(payload)
  })

  it('doubles $ in env values so Kubernetes does not expand $(VAR)', () => {
    const { docs } = manifest({ description: '$(ACCOUNT_ID)' })
    expect(envEntry(docs, 'DELEGATE_DESCRIPTION').value).toBe('$$(ACCOUNT_ID)')
  })
})
