import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'

import { buildInstaller, installerFilename } from './build-installer'
import { hostileConfig, INSTALLER_TYPES, makeConfig } from './testing/fixtures'
import { TOKEN_PLACEHOLDER } from './types'

describe('buildInstaller', () => {
  it.each(INSTALLER_TYPES)('builds %s with the matching file name', (type) => {
    const file = buildInstaller(makeConfig({ type }))
    expect(file.filename).toBe(installerFilename(type))
    expect(file.content).toContain('prod-delegate')
    expect(file.content).toContain('dG9rZW4tdmFsdWU=')
    expect(file.nextCommands.length).toBeGreaterThan(0)
    expect(file.mimeType).toMatch(/^(application|text)\//)
  })

  it.each(INSTALLER_TYPES)('%s marks a missing token with the placeholder, never ""', (type) => {
    const file = buildInstaller(makeConfig({ type, token: { name: 'ci', value: null } }))
    expect(file.content).toContain(TOKEN_PLACEHOLDER)
  })

  it.each(INSTALLER_TYPES)(
    '%s: every next command parses and stays inert for hostile names',
    (type) => {
      for (const payload of INJECTION_PAYLOADS) {
        const config = { ...hostileConfig(payload, type), namespace: payload }
        const script = `${buildInstaller(config).nextCommands.join('\n')}\n`
        expect(bashSyntaxCheck(script), script).toEqual({ status: 0, stderr: '' })
        const lint = shellcheck(script, { exclude: ['SC2016'] })
        expect(lint, script).toEqual({ status: 0, output: '' })
        const run = runSandboxed(script)
        expect(run.canaries, script).toEqual([])
      }
    },
  )

  it('maps every type to its documented file name', () => {
    expect(Object.fromEntries(INSTALLER_TYPES.map((t) => [t, installerFilename(t)]))).toEqual({
      kubernetes: 'harness-delegate.yaml',
      helm: 'harness-delegate-values.yaml',
      docker: 'docker-compose.yaml',
      shell: 'install-delegate.sh',
      ecs: 'harness-delegate-ecs-task-spec.json',
      terraform: 'main.tf',
    })
  })
})

describe('manager endpoints', () => {
  it.each([
    ['prod1', 'https://app.harness.io'],
    ['prod2', 'https://app.harness.io'],
    ['prod3', 'https://app3.harness.io'],
    ['prod0', 'https://accounts.harness.io'],
    ['prod4', 'https://accounts.harness.io'],
    ['eu', 'https://accounts.eu.harness.io'],
  ] as const)('%s → %s', (cluster, endpoint) => {
    const file = buildInstaller(makeConfig({ type: 'ecs', cluster }))
    expect(file.content).toContain(`"value": "${endpoint}"`)
    expect(file.content).toContain(`"value": "${endpoint}/log-service/"`)
  })
})
