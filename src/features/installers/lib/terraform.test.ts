import { format } from '@cdktf/hcl-tools'

import { buildTerraformModule } from './terraform'
import { literals, parseHcl } from '@/test/hcl'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { TOKEN_PLACEHOLDER, type InstallerConfig } from './types'

/**
 * The module's arguments as HashiCorp's HCL parser reads them (hcl2json), every string checked to
 * be a literal: no value the console wrote can interpolate.
 */
async function evaluateModuleInputs(content: string): Promise<Record<string, unknown>> {
  const hcl = await parseHcl(content)
  const modules = hcl.module as Record<string, Record<string, unknown>[]>
  expect(Object.keys(modules)).toEqual(['delegate'])
  const { values, ...rest } = modules.delegate[0]
  // `values = yamlencode({ … })` is an expression, which hcl2json returns as its source text: its
  // object is parsed on its own, and read as the values the chart would get.
  const call = /^\$\{yamlencode\(([\s\S]*)\)\}$/.exec(String(values))
  expect(call, 'values is yamlencode({ … })').not.toBeNull()
  const parsed = await parseHcl(`locals {\n  values = ${call![1]}\n}\n`)
  const [locals] = parsed.locals as Record<string, unknown>[]
  return literals({ ...rest, values: locals.values }) as Record<string, unknown>
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

  it('parses back to the configured values', async () => {
    const config = makeConfig({ cluster: 'prod4', namespace: 'ops', tags: ['a', 'b'] })
    const inputs = await evaluateModuleInputs(build(config).content)
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
    expect(inputs.values).toMatchObject({
      tags: 'a,b',
      custom_envs: [{ name: 'STACK_DRIVER_LOGGING_ENABLED', value: 'false' }],
    })
  })

  it('keeps every payload literal', async () => {
    for (const payload of INJECTION_PAYLOADS) {
      const inputs = await evaluateModuleInputs(build(hostileConfig(payload, 'terraform')).content)
      expect(inputs, payload).toMatchObject({
        account_id: payload,
        delegate_token: payload,
        delegate_name: payload,
        proxy_host: payload,
        proxy_user: payload,
        no_proxy: payload,
      })
      expect(inputs.values, payload).toMatchObject({
        tags: `${payload},safe`,
        description: payload,
      })
    }
  })

  it('is terraform fmt-clean', async () => {
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
    // hcl-tools' format is terraform fmt's formatter (hclwrite) compiled to WebAssembly.
    for (const config of configs) {
      const content = build(config).content
      expect(await format(content), JSON.stringify(config.proxy)).toBe(content)
    }
  })

  it('escapes interpolation and quotes', () => {
    const content = build(hostileConfig('${HOME}"%{x}')).content
    expect(content).toContain('delegate_name    = "$${HOME}\\"%%{x}"')
    expect(content).not.toMatch(/[^$]\$\{HOME/)
  })
})
