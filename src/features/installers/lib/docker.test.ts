import { buildDockerCompose, buildDockerRunScript } from './docker'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'
import { expectNoRawLineSeparators, parseYamlStream } from './testing/yaml'
import { TOKEN_PLACEHOLDER, type InstallerConfig } from './types'

interface Compose {
  services: Record<
    string,
    {
      image: string
      deploy: { resources: { limits: unknown } }
      environment: Record<string, string>
    }
  >
}

/** The compose service, with Compose's `$$` → `$` unescaping applied to every value. */
function composeService(config: InstallerConfig) {
  const file = buildDockerCompose(config)
  expectNoRawLineSeparators(file.content)
  const service = parseYamlStream<Compose>(file.content)[0].services['harness-ng-delegate']
  const unescape = (v: string) => v.replaceAll('$$', '$')
  const env = Object.fromEntries(
    Object.entries(service.environment).map(([k, v]) => [k, unescape(v)]),
  )
  return { file, service, env }
}

/** `-e NAME=value` pairs from a recorded `docker run` argv. */
function envArgs(argv: string[]): Record<string, string> {
  const env: Record<string, string> = {}
  argv.forEach((arg, i) => {
    if (argv[i - 1] !== '-e') return
    const eq = arg.indexOf('=')
    env[arg.slice(0, eq)] = arg.slice(eq + 1)
  })
  return env
}

describe('buildDockerCompose', () => {
  it('defines one delegate service with the env', () => {
    const { file, service, env } = composeService(makeConfig({ type: 'docker', cluster: 'prod0' }))
    expect(file.filename).toBe('docker-compose.yaml')
    expect(file.nextCommands).toEqual(['docker compose up -d'])
    expect(service.image).toBe('harness/delegate:25.10.86800')
    expect(service.deploy.resources.limits).toEqual({ cpus: '1', memory: '2048M' })
    expect(env).toMatchObject({
      ACCOUNT_ID: 'kmpySm00000006NL73w',
      DELEGATE_TOKEN: 'dG9rZW4tdmFsdWU=',
      DELEGATE_TYPE: 'DOCKER',
      MANAGER_HOST_AND_PORT: 'https://accounts.harness.io',
      LOG_STREAMING_SERVICE_URL: 'https://accounts.harness.io/log-service/',
      DELEGATE_TAGS: 'k8s,prod',
      NEXT_GEN: 'true',
    })
  })

  it('uses the placeholder when the token value is unknown', () => {
    const { env } = composeService(makeConfig({ token: { name: 'ci', value: null } }))
    expect(env.DELEGATE_TOKEN).toBe(TOKEN_PLACEHOLDER)
  })

  it.each(INJECTION_PAYLOADS)('keeps %j literal (after Compose $$ unescaping)', (payload) => {
    const { env } = composeService(hostileConfig(payload, 'docker'))
    expect(env).toMatchObject({
      ACCOUNT_ID: payload,
      DELEGATE_TOKEN: payload,
      DELEGATE_NAME: payload,
      DELEGATE_DESCRIPTION: payload,
      DELEGATE_TAGS: `${payload},safe`,
      PROXY_HOST: payload,
      NO_PROXY: payload,
    })
  })
})

describe('buildDockerRunScript', () => {
  it('is a strict bash script that runs the delegate image', () => {
    const file = buildDockerRunScript(makeConfig({ size: 'LARGE' }))
    expect(file.filename).toBe('docker-run.sh')
    expect(file.content.split('\n').slice(0, 4)).toContain('set -euo pipefail')
    expect(file.content.startsWith('#!/usr/bin/env bash\n')).toBe(true)
    const run = runSandboxed(file.content)
    expect(run.status).toBe(0)
    const [argv] = run.calls
    expect(argv.slice(0, 6)).toEqual([
      'docker',
      'run',
      '-d',
      '--restart',
      'unless-stopped',
      '--cpus=8',
    ])
    expect(argv.at(-1)).toBe('harness/delegate:25.10.86800')
    expect(envArgs(argv)).toMatchObject({ DELEGATE_TYPE: 'DOCKER', DELEGATE_NAME: 'prod-delegate' })
  })

  it.each(INJECTION_PAYLOADS)('passes %j through as exact argv', (payload) => {
    const file = buildDockerRunScript(hostileConfig(payload, 'docker'))
    expect(bashSyntaxCheck(file.content)).toEqual({ status: 0, stderr: '' })
    const run = runSandboxed(file.content)
    expect({ status: run.status, stderr: run.stderr, canaries: run.canaries }).toEqual({
      status: 0,
      stderr: '',
      canaries: [],
    })
    expect(run.calls).toHaveLength(1)
    expect(envArgs(run.calls[0])).toMatchObject({
      ACCOUNT_ID: payload,
      DELEGATE_TOKEN: payload,
      DELEGATE_NAME: payload,
      DELEGATE_DESCRIPTION: payload,
      DELEGATE_TAGS: `${payload},safe`,
      PROXY_HOST: payload,
      PROXY_USER: payload,
      NO_PROXY: payload,
    })
  })

  it(`passes shellcheck for every payload`, () => {
    for (const payload of ['plain', ...INJECTION_PAYLOADS]) {
      const result = shellcheck(buildDockerRunScript(hostileConfig(payload)).content)
      expect(result, payload).toEqual({ status: 0, output: '' })
    }
  })
})
