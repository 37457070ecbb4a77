// @vitest-environment node
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
        if (lint) expect(lint, code).toEqual({ status: 0, output: '' })
      }
      const run = runSandboxed(
        `${shellSteps(steps)
          .map((s) => s.code)
          .join('\n')}\n`,
      )
      expect(run.stderr).toBe('')
      // `--hostname="$(hostname -f)"` is the console's own text in the Docker command.
      expect(run.canaries).toEqual(type === 'DOCKER' ? ['hostname'] : [])
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

    it('Docker: the name and the token reach docker run as literal -e values', () => {
      const steps = updateInstructions('DOCKER', { value: payload, groupName: payload })
      const run = runSandboxed(`${command(steps, 'sudo docker rm')}\n`)
      expect(run.canaries).toEqual(['hostname'])
      const dockerRun = run.calls.find((c) => c[1] === 'docker' && c[2] === 'run')
      expect(dockerRun).toBeDefined()
      expect(dockerRun).toContain(`DELEGATE_NAME=${payload}`)
      expect(dockerRun).toContain(`DELEGATE_TOKEN=${payload}`)
    })

    it('YAML and JSON steps read back the exact token', () => {
      for (const type of TYPES) {
        for (const step of updateInstructions(type, { value: payload, groupName: payload })) {
          // Kubernetes: `- name: DELEGATE_TOKEN` / `value: …`; Helm and shell: `delegateToken: …`.
          if (step.language === 'yaml')
            expect(Object.values([parse(step.code!)].flat()[0] as object)).toContain(payload)
          if (step.language === 'json')
            expect(JSON.parse(step.code!)).toEqual({ name: 'DELEGATE_TOKEN', value: payload })
        }
      }
    })
  })
})
