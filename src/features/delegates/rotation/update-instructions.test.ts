import { parse } from 'yaml'

import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'

import { updateInstructions, type Instruction } from './update-instructions'

const TYPES = ['KUBERNETES', 'CE_KUBERNETES', 'HELM_DELEGATE', 'SHELL_SCRIPT', 'DOCKER', 'ECS']
const shellSteps = (steps: Instruction[]) => steps.filter((s) => s.language === 'shell')
/** Found by its text, not by `language`, so the check does not lean on the step's own label. */
const command = (steps: Instruction[], start: string) =>
  steps.find((s) => s.code?.startsWith(start))?.code ?? ''

describe('updateInstructions', () => {
  it.each([...TYPES, 'UNKNOWN'])('%s: every code block says what it is', (type) => {
    for (const step of updateInstructions(type, { value: 'v', groupName: 'g' }))
      if (step.code !== undefined) expect(step.language, step.code).toBeDefined()
  })

  describe.each(INJECTION_PAYLOADS)('a group and a token named %j', (payload) => {
    it.each(TYPES)('%s: each command parses, passes shellcheck and runs inert', (type) => {
      const steps = updateInstructions(type, { value: payload, groupName: payload })
      for (const { code } of shellSteps(steps)) {
        expect(bashSyntaxCheck(`${code}\n`), code).toEqual({ status: 0, stderr: '' })
        const lint = shellcheck(`${code}\n`, { exclude: ['SC2016'] })
        expect(lint, code).toEqual({ status: 0, output: '' })
      }
      // `bash docker-run.sh` runs the admin's own file, which the sandbox does not have.
      const run = runSandboxed(
        `${shellSteps(steps)
          .map((s) => s.code)
          .filter((code) => !code?.startsWith('bash '))
          .join('\n')}\n`,
      )
      expect(run.stderr).toBe('')
      expect(run.canaries).toEqual([])
    })

    it('Helm: the release name reaches helm as one literal argument', () => {
      const steps = updateInstructions('HELM_DELEGATE', { value: payload, groupName: payload })
      const upgrade = command(steps, 'helm upgrade')
      expect(bashSyntaxCheck(`${upgrade}\n`)).toEqual({ status: 0, stderr: '' })
      const run = runSandboxed(`${upgrade}\n`)
      expect(run.canaries).toEqual([])
      expect(run.calls).toEqual([
        [
          'helm',
          'upgrade',
          '-i',
          payload,
          'harness-delegate/harness-delegate-ng',
          '-f',
          'harness-delegate-values.yaml',
          '--namespace',
          'harness-delegate-ng',
        ],
      ])
    })

    it('Kubernetes: the restart names the deployment as one literal argument', () => {
      const steps = updateInstructions('KUBERNETES', { value: payload, groupName: payload })
      const run = runSandboxed(`${command(steps, 'kubectl rollout')}\n`)
      expect(run.canaries).toEqual([])
      expect(run.calls).toEqual([
        [
          'kubectl',
          'rollout',
          'restart',
          `deployment/${payload}`,
          '--namespace',
          'harness-delegate-ng',
        ],
      ])
    })

    it('YAML and JSON steps read back the exact token', () => {
      for (const type of TYPES) {
        for (const step of updateInstructions(type, { value: payload, groupName: payload })) {
          // Kubernetes: the Secret's stringData; Helm and shell: `delegateToken`; compose: its
          // environment, where `$$` is a literal `$`.
          if (step.language === 'yaml') {
            const read = parse(step.code!) as Record<string, unknown>
            const token =
              (read.stringData as { DELEGATE_TOKEN?: string } | undefined)?.DELEGATE_TOKEN ??
              (read.environment as { DELEGATE_TOKEN?: string } | undefined)?.DELEGATE_TOKEN ??
              read.delegateToken
            expect(
              read.environment ? (token as string).replaceAll('$$', '$') : token,
              step.code,
            ).toBe(payload)
          }
          if (step.language === 'json')
            expect(JSON.parse(step.code!)).toEqual({ name: 'DELEGATE_TOKEN', value: payload })
        }
      }
    })
  })
})
