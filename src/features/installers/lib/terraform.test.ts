/// <reference types="node" />
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { buildTerraformModule } from './terraform'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { parseYamlStream } from './testing/yaml'
import { TOKEN_PLACEHOLDER, type InstallerConfig } from './types'

const TERRAFORM = '/usr/local/bin/terraform'

/**
 * Evaluates the module arguments with terraform itself: the `module` block is turned into a
 * `locals` block (same attribute syntax, no provider or module download needed) and printed as JSON.
 */
function evaluateModuleInputs(content: string): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'tf-'))
  writeFileSync(join(dir, 'main.tf'), content.replace('module "delegate" {', 'locals {'))
  const names = [...content.matchAll(/^ {2}(\w+) += /gm)].map((m) => m[1])
  const expr = `jsonencode({ ${names.map((n) => `${n} = local.${n}`).join(', ')} })`
  const result = spawnSync(TERRAFORM, ['console'], {
    cwd: dir,
    input: `${expr}\n`,
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' },
  })
  expect(result.stderr).toBe('')
  return JSON.parse(JSON.parse(result.stdout.trim()) as string) as Record<string, unknown>
}

const build = (config: InstallerConfig) => buildTerraformModule(config)

describe('buildTerraformModule', () => {
  it('contains the harness-delegate module block', () => {
    const file = build(makeConfig({ type: 'terraform', replicas: 2 }))
    expect(file.filename).toBe('main.tf')
    expect(file.nextCommands).toEqual(['terraform init', 'terraform apply'])
    expect(file.content).toMatch(/^module "delegate" \{$/m)
    expect(file.content).toMatch(/^ {2}source {2}= "harness\/harness-delegate\/kubernetes"$/m)
    expect(file.content).toMatch(/^ {2}version = "~> 0\.2"$/m)
    expect(file.content).toMatch(/^ {2}replicas +?= 2$/m)
    expect(file.content).toMatch(/^ {2}upgrader_enabled = true$/m)
    expect(file.content).toMatch(/^ {2}delegate_token += "dG9rZW4tdmFsdWU="$/m)
    expect(file.content.trimEnd().endsWith('}')).toBe(true)
  })

  it('uses the placeholder when the token value is unknown', () => {
    const file = build(makeConfig({ token: { name: 'ci', value: null } }))
    expect(file.content).toContain(`delegate_token   = "${TOKEN_PLACEHOLDER}"`)
  })

  it.skipIf(!existsSync(TERRAFORM))('evaluates to the configured values', () => {
    const config = makeConfig({ cluster: 'prod4', namespace: 'ops', tags: ['a', 'b'] })
    const inputs = evaluateModuleInputs(build(config).content)
    expect(inputs).toMatchObject({
      source: 'harness/harness-delegate/kubernetes',
      account_id: 'kmpySm00000006NL73w',
      delegate_name: 'prod-delegate',
      namespace: 'ops',
      manager_endpoint: 'https://accounts.harness.io',
      delegate_image: 'harness/delegate:25.10.86800',
      replicas: 1,
      upgrader_enabled: true,
    })
    expect(parseYamlStream(inputs.values as string)[0]).toMatchObject({
      tags: 'a,b',
      custom_envs: [{ name: 'STACK_DRIVER_LOGGING_ENABLED', value: 'false' }],
    })
  })

  it.skipIf(!existsSync(TERRAFORM))(
    'keeps every payload literal',
    () => {
      for (const payload of INJECTION_PAYLOADS) {
        const inputs = evaluateModuleInputs(build(hostileConfig(payload, 'terraform')).content)
        expect(inputs, payload).toMatchObject({
          account_id: payload,
          delegate_token: payload,
          delegate_name: payload,
          proxy_host: payload,
          proxy_user: payload,
          no_proxy: payload,
        })
        expect(parseYamlStream(inputs.values as string)[0], payload).toMatchObject({
          tags: `${payload},safe`,
          description: payload,
        })
      }
    },
    60_000,
  )

  it.skipIf(!existsSync(TERRAFORM))('is terraform fmt-clean', () => {
    const configs = [
      makeConfig({ type: 'terraform' }),
      makeConfig({
        type: 'terraform',
        token: { name: 'ci', value: null },
        proxy: {
          host: 'proxy.example.com',
          port: 3128,
          scheme: 'http',
          username: 'u',
          noProxy: '.internal',
        },
        tags: [],
      }),
      hostileConfig('${HOME}"%{x}', 'terraform'),
    ]
    for (const config of configs) {
      const dir = mkdtempSync(join(tmpdir(), 'tf-fmt-'))
      writeFileSync(join(dir, 'main.tf'), build(config).content)
      const result = spawnSync(TERRAFORM, ['fmt', '-check', '-diff', '-no-color', 'main.tf'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' },
      })
      expect(result.stdout, JSON.stringify(config.proxy)).toBe('')
      expect(result.status).toBe(0)
    }
  })

  it('escapes interpolation and quotes even without terraform', () => {
    const content = build(hostileConfig('${HOME}"%{x}')).content
    expect(content).toContain('delegate_name    = "$${HOME}\\"%%{x}"')
    expect(content).not.toMatch(/[^$]\$\{HOME/)
  })
})
