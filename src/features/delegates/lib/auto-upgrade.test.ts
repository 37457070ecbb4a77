import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'

import { autoUpgradeInfo, howToEnable } from './auto-upgrade'

const hostile = "x'; rm -rf /"

test('each documented status has a label, a Badge tone and a meaning', () => {
  expect(autoUpgradeInfo('ON')).toMatchObject({ label: 'Auto-upgrade on', tone: 'success' })
  expect(autoUpgradeInfo('OFF')).toMatchObject({ label: 'Auto-upgrade off', tone: 'warning' })
  expect(autoUpgradeInfo('DETECTING').meaning).toMatch(/not yet heard from an upgrader/)
  expect(autoUpgradeInfo('SYNCHRONIZING')).toMatchObject({ tone: 'neutral' })
  for (const unknown of [null, undefined, '', 'on', 'toString'])
    expect(autoUpgradeInfo(unknown).label).toBe('Auto-upgrade unknown')
})

test('Helm turns the chart’s upgrader on in the release, name quoted', () => {
  const { available, steps } = howToEnable('HELM_DELEGATE', { name: hostile, namespace: 'team a' })
  expect(available).toBe(true)
  expect(steps[0].code).toBe(
    `helm upgrade 'x'"'"'; rm -rf /' harness-delegate/harness-delegate-ng --namespace 'team a' --reuse-values --set upgrader.enabled=true`,
  )
})

test('Kubernetes: the upgrader CronJob from Harness’s manifest, applied or resumed', () => {
  const { steps } = howToEnable('KUBERNETES', { name: 'eks-prod' })
  expect(steps[0].text).toMatch(/CronJob/)
  expect(steps[0].code).toBe('kubectl apply -f harness-delegate.yaml')
  expect(steps[1].code).toContain("kubectl get cronjobs --namespace 'harness-delegate-ng'")
  expect(steps[1].code).toContain(`-p '{"spec":{"suspend":false}}'`)
})

test('Docker: the separate upgrader container, every value quoted, the token never filled in', () => {
  const { steps, source } = howToEnable('DOCKER', {
    name: hostile,
    accountId: 'acc$1',
    managerUrl: 'https://app.harness.io',
  })
  expect(source).toMatch(/enable-auto-upgrade-for-running-docker-delegates$/)
  const code = steps.map((s) => s.code ?? '').join('\n')
  expect(code).toContain(`-e UPGRADER_WORKLOAD_NAME='x'"'"'; rm -rf /'`)
  expect(code).toContain(`-e ACCOUNT_ID='acc$1'`)
  expect(code).toContain(`-e UPGRADER_TOKEN='<delegate token>'`)
  expect(code).toContain('harness/upgrader:latest')
  expect(steps[0].text).toMatch(/PL_SHOW_AUTO_UPGRADE_FOR_DOCKER_DELEGATE/)
  // Without an account, a quoted placeholder rather than an empty value.
  expect(howToEnable('DOCKER', { name: 'd' }).steps[1].code).toContain(
    `-e ACCOUNT_ID='<account ID>'`,
  )
})

test('ECS and shell script: not available, and no command is offered', () => {
  for (const type of ['ECS', 'SHELL_SCRIPT', 'SOMETHING_NEW', null]) {
    const how = howToEnable(type, { name: 'd' })
    expect(how.available).toBe(false)
    expect(how.steps.every((s) => s.code === undefined)).toBe(true)
  }
  expect(howToEnable('ECS').steps[0].text).toMatch(/do not auto-update/)
})

describe.each([...INJECTION_PAYLOADS, hostile])('a delegate named %j', (name) => {
  it.each(['KUBERNETES', 'HELM_DELEGATE', 'DOCKER'])(
    '%s: each command parses, passes shellcheck and runs inert',
    (type) => {
      const ctx = { name, namespace: name, accountId: name, managerUrl: name }
      const codes = howToEnable(type, ctx).steps.flatMap((s) => (s.code ? [s.code] : []))
      for (const code of codes) {
        expect(bashSyntaxCheck(`${code}\n`), code).toEqual({ status: 0, stderr: '' })
        expect(shellcheck(`${code}\n`, { exclude: ['SC2016'] }), code).toEqual({
          status: 0,
          output: '',
        })
      }
      const run = runSandboxed(`${codes.join('\n')}\n`)
      expect(run.canaries).toEqual([])
    },
  )
})
