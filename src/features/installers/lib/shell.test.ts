/// <reference types="node" />
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { buildShellInstaller } from './shell'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'
import { parseYamlStream } from './testing/yaml'
import { TOKEN_PLACEHOLDER, type InstallerConfig } from './types'

/** Runs the installer in the sandbox and reads back the files it wrote into `out/`. */
function install(config: InstallerConfig) {
  const run = runSandboxed(buildShellInstaller(config).content, ['out'])
  const read = (file: string) => readFileSync(join(run.dir, 'out', file), 'utf8')
  return { run, read }
}

/** Sources proxy.config in a clean bash and returns the variables, NUL-separated so newlines survive. */
function sourceProxyConfig(path: string) {
  const names = ['PROXY_HOST', 'PROXY_PORT', 'PROXY_SCHEME', 'PROXY_USER', 'NO_PROXY']
  const script = `source "$1"; printf '%s\\0' ${names.map((n) => `"$${n}"`).join(' ')}`
  const result = spawnSync('bash', ['-c', script, 'bash', path], { encoding: 'utf8', env: {} })
  const values = result.stdout.split('\0').slice(0, -1)
  return Object.fromEntries(names.map((n, i) => [n, values[i]]))
}

describe('buildShellInstaller', () => {
  it('writes config-delegate.yaml and config-watcher.yaml with delegateToken', () => {
    const file = buildShellInstaller(makeConfig({ type: 'shell', cluster: 'prod2' }))
    expect(file.filename).toBe('install-delegate.sh')
    expect(file.nextCommands).toEqual(['bash install-delegate.sh'])
    expect(file.content).toMatch(/accountSecret/) // the legacy-name note from seed 002
    const { run, read } = install(makeConfig())
    expect(run.status).toBe(0)
    expect(parseYamlStream(read('config-delegate.yaml'))[0]).toEqual({
      accountId: 'kmpySm00000006NL73w',
      delegateToken: 'dG9rZW4tdmFsdWU=',
      managerHostAndPort: 'https://app.harness.io',
      delegateName: 'prod-delegate',
      delegateType: 'SHELL_SCRIPT',
      nextGen: true,
      tags: 'k8s,prod',
      description: '',
      logStreamingServiceBaseUrl: 'https://app.harness.io/log-service/',
      stackDriverLoggingEnabled: false,
    })
    expect(parseYamlStream(read('config-watcher.yaml'))[0]).toMatchObject({
      delegateToken: 'dG9rZW4tdmFsdWU=',
    })
    expect(() => read('proxy.config')).toThrow()
  })

  it('writes the placeholder and says so when the token value is unknown', () => {
    const { run, read } = install(makeConfig({ token: { name: 'ci', value: null } }))
    expect(parseYamlStream(read('config-delegate.yaml'))[0].delegateToken).toBe(TOKEN_PLACEHOLDER)
    expect(run.stdout).toContain(TOKEN_PLACEHOLDER)
  })

  it.each(INJECTION_PAYLOADS)('writes %j back exactly and runs nothing else', (payload) => {
    const config = hostileConfig(payload, 'shell')
    expect(bashSyntaxCheck(buildShellInstaller(config).content)).toEqual({ status: 0, stderr: '' })
    const { run, read } = install(config)
    expect({ status: run.status, stderr: run.stderr, canaries: run.canaries }).toEqual({
      status: 0,
      stderr: '',
      canaries: [],
    })
    expect(run.calls).toEqual([])
    expect(parseYamlStream(read('config-delegate.yaml'))[0]).toMatchObject({
      accountId: payload,
      delegateToken: payload,
      delegateName: payload,
      description: payload,
      tags: `${payload},safe`,
    })
    expect(sourceProxyConfig(join(run.dir, 'out', 'proxy.config'))).toEqual({
      PROXY_HOST: payload,
      PROXY_PORT: '3128',
      PROXY_SCHEME: 'http',
      PROXY_USER: payload,
      NO_PROXY: payload,
    })
  })

  it('notes a legacy accountSecret key before replacing the file', () => {
    const first = install(makeConfig())
    const legacy = `mkdir out && printf 'accountSecret: x\\n' >out/config-watcher.yaml\n`
    const run = runSandboxed(legacy + buildShellInstaller(makeConfig()).content, ['out'])
    expect(first.run.stdout).not.toMatch(/legacy/)
    expect(run.stdout).toMatch(/legacy accountSecret key in config-watcher.yaml/)
  })

  it(`passes shellcheck for every payload`, () => {
    for (const payload of ['plain', ...INJECTION_PAYLOADS]) {
      const result = shellcheck(buildShellInstaller(hostileConfig(payload)).content)
      expect(result, payload).toEqual({ status: 0, output: '' })
    }
  })
})
