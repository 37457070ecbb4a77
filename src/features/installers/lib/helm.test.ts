import { buildHelmValues, HELM_REPO_URL } from './helm'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { runSandboxed } from '@/test/shell-sandbox'
import { expectNoRawLineSeparators, parseYamlStream } from './testing/yaml'
import { TOKEN_PLACEHOLDER } from './types'

describe('buildHelmValues', () => {
  it('writes the chart values', () => {
    const file = buildHelmValues(makeConfig({ cluster: 'prod3', replicas: 2, size: 'SMALL' }))
    expect(file.filename).toBe('harness-delegate-values.yaml')
    const [values] = parseYamlStream(file.content)
    expect(values).toMatchObject({
      accountId: 'kmpySm00000006NL73w',
      delegateToken: 'dG9rZW4tdmFsdWU=',
      delegateName: 'prod-delegate',
      managerEndpoint: 'https://app3.harness.io',
      delegateDockerImage: 'harness/delegate:25.10.86800',
      replicas: 2,
      cpu: 2,
      memory: 4096,
      upgrader: { enabled: true },
      tags: 'k8s,prod',
      k8sPermissionsType: 'CLUSTER_ADMIN',
      custom_envs: [{ name: 'STACK_DRIVER_LOGGING_ENABLED', value: 'false' }],
    })
    expect(values).not.toHaveProperty('proxyHost')
  })

  it('uses the placeholder when the token value is unknown', () => {
    const file = buildHelmValues(makeConfig({ token: { name: 'ci', value: null } }))
    expect(parseYamlStream(file.content)[0].delegateToken).toBe(TOKEN_PLACEHOLDER)
  })

  it('lists the repo and install commands', () => {
    const file = buildHelmValues(makeConfig({ namespace: 'ops' }))
    expect(file.nextCommands).toEqual([
      `helm repo add harness-delegate ${HELM_REPO_URL}`,
      'helm repo update',
      "helm upgrade -i 'prod-delegate' --namespace 'ops' --create-namespace harness-delegate/harness-delegate-ng -f harness-delegate-values.yaml",
    ])
  })

  it.each(INJECTION_PAYLOADS)('keeps %j literal in the values and the commands', (payload) => {
    const config = { ...hostileConfig(payload, 'helm'), namespace: payload }
    const file = buildHelmValues(config)
    expectNoRawLineSeparators(file.content)
    expect(parseYamlStream(file.content)[0]).toMatchObject({
      accountId: payload,
      delegateToken: payload,
      delegateName: payload,
      description: payload,
      tags: `${payload},safe`,
      proxyHost: payload,
      proxyUser: payload,
      noProxy: payload,
    })

    const run = runSandboxed(`${file.nextCommands.join('\n')}\n`)
    expect(run.stderr).toBe('')
    expect(run.canaries).toEqual([])
    expect(run.calls).toContainEqual([
      'helm',
      'upgrade',
      '-i',
      payload,
      '--namespace',
      payload,
      '--create-namespace',
      'harness-delegate/harness-delegate-ng',
      '-f',
      'harness-delegate-values.yaml',
    ])
    expect(run.calls).toHaveLength(3)
  })
})
