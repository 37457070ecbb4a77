import type { DelegateGroup } from '@/api/schemas/delegate'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'

import { preflightHref, troubleshootSteps, type TroubleshootInput } from './troubleshoot-steps'

const TYPES = ['KUBERNETES', 'CE_KUBERNETES', 'HELM_DELEGATE', 'DOCKER', 'SHELL_SCRIPT', 'ECS']
const group = (over: Partial<DelegateGroup> = {}): DelegateGroup => ({
  groupName: 'eks-prod',
  delegateGroupIdentifier: 'eks_prod',
  delegateType: 'KUBERNETES',
  connectivityStatus: 'disconnected',
  groupVersion: '25.10.86800',
  ...over,
})
const input = (over: Partial<TroubleshootInput> = {}): TroubleshootInput => ({
  group: group(),
  managerHost: 'app.harness.io',
  tokenRevoked: null,
  ...over,
})
const byId = (steps: ReturnType<typeof troubleshootSteps>, id: string) =>
  steps.find((s) => s.id === id)

test('Kubernetes: the guides’ order, kubectl in harness-delegate-ng by default', () => {
  const steps = troubleshootSteps(input())
  expect(steps.map((s) => s.id)).toEqual(['running', 'crash', 'image', 'token', 'manager', 'proxy'])
  expect(byId(steps, 'running')?.command).toContain(
    "kubectl get pods --namespace 'harness-delegate-ng'",
  )
  expect(byId(steps, 'crash')?.command).toContain("kubectl describe pod '<pod name>'")
  expect(byId(steps, 'crash')?.meaning.join(' ')).toMatch(/2 GB of memory or 0.5 CPU/)
  expect(byId(steps, 'image')?.command).toBe("docker pull 'harness/delegate:25.10.86800'")
  expect(byId(steps, 'manager')?.command).toContain(
    "curl -sS -o /dev/null -w '%{http_code}\\n' 'https://app.harness.io/'",
  )
  expect(byId(steps, 'proxy')?.command).toContain("kubectl set env 'deployment/eks-prod' --list")
  // No secret is printed: the proxy check leaves PROXY_USER and PROXY_PASSWORD out.
  expect(byId(steps, 'proxy')?.command).not.toMatch(/PASSWORD|PROXY_USER/)
})

test('Helm adds helm status; a given namespace is used everywhere', () => {
  const steps = troubleshootSteps(
    input({ group: group({ delegateType: 'HELM_DELEGATE' }), namespace: 'ci' }),
  )
  expect(byId(steps, 'running')?.command?.split('\n')[0]).toBe(
    "helm status 'eks-prod' --namespace 'ci'",
  )
  for (const s of steps)
    if (s.command?.includes('kubectl')) expect(s.command).toContain("--namespace 'ci'")
})

test('shell script and ECS have no image or CrashLoopBackOff step; ECS asks aws ecs', () => {
  const shell = troubleshootSteps(input({ group: group({ delegateType: 'SHELL_SCRIPT' }) }))
  expect(shell.map((s) => s.id)).toEqual(['running', 'token', 'manager', 'proxy'])
  const ecs = troubleshootSteps(input({ group: group({ delegateType: 'ECS' }) }))
  expect(byId(ecs, 'running')?.command).toMatch(
    /^aws ecs describe-services --cluster '<cluster>' --services '<service>'/,
  )
})

test('an unknown type keeps the token and the Manager, without commands', () => {
  const steps = troubleshootSteps(input({ group: group({ delegateType: 'NEW' }) }))
  expect(steps.map((s) => s.id)).toEqual(['token', 'manager'])
  expect(steps.every((s) => s.command === undefined)).toBe(true)
})

test('the token step says what the data says, and only that', () => {
  const token = (over: Partial<TroubleshootInput>) => byId(troubleshootSteps(input(over)), 'token')
  const revoked = token({ tokenRevoked: true, tokenName: 'ci_token' })
  expect(revoked?.status).toBe('problem')
  expect(revoked?.finding).toMatch(/^The token ci_token is revoked\. Harness: “When you revoke/)
  expect(token({ group: group({ tokenActive: false }) })?.finding).toMatch(
    /at least one delegate of this group uses a revoked token/,
  )
  expect(token({ tokenRevoked: false, tokenName: 'ci_token' })).toMatchObject({
    status: 'ok',
    finding: 'The token ci_token is active.',
  })
  expect(token({ tokenInScope: false })?.finding).toMatch(/may belong to another scope/)
  expect(token({})?.status).toBe('unknown')
  expect(token({})?.finding).toMatch(/could not tell/)
  expect(token({})?.command).toBeUndefined()
})

test('connectivity: only "connected" marks the first step OK', () => {
  expect(
    byId(troubleshootSteps(input({ group: group({ connectivityStatus: 'connected' }) })), 'running')
      ?.status,
  ).toBe('ok')
  const down = byId(troubleshootSteps(input()), 'running')
  expect(down?.status).toBeUndefined()
  expect(down?.finding).toMatch(/no heartbeat/)
})

test('the preflight link opens the network page for the Manager’s cluster', () => {
  expect(preflightHref('app3.harness.io')).toBe('/network?cluster=prod3&export=preflight')
  expect(preflightHref('app.harness.io')).toBe('/network?cluster=prod1&export=preflight')
  expect(preflightHref('app.harness.io', 'prod2')).toBe('/network?cluster=prod2&export=preflight')
  expect(preflightHref('harness.example.com')).toBeNull()
  expect(preflightHref('app.harness.io', null, { orgId: 'default', projectId: 'web' })).toBe(
    '/network?org=default&project=web&cluster=prod1&export=preflight',
  )
  const manager = byId(
    troubleshootSteps(input({ managerHost: 'accounts.eu.harness.io' })),
    'manager',
  )
  expect(manager?.link?.href).toBe('/network?cluster=eu&export=preflight')
})

describe.each([...INJECTION_PAYLOADS, "x'; rm -rf /"])('a group named %j', (name) => {
  it.each(TYPES)('%s: each command parses, passes shellcheck and runs inert', (type) => {
    const steps = troubleshootSteps(
      input({
        group: group({ groupName: name, delegateType: type, groupVersion: name }),
        namespace: name,
        managerHost: name,
      }),
    )
    const commands = steps.flatMap((s) => (s.command ? [s.command] : []))
    for (const command of commands) {
      expect(bashSyntaxCheck(`${command}\n`), command).toEqual({ status: 0, stderr: '' })
      expect(shellcheck(`${command}\n`, { exclude: ['SC2016'] }), command).toEqual({
        status: 0,
        output: '',
      })
    }
    expect(runSandboxed(`${commands.join('\n')}\n`).canaries).toEqual([])
  })
})
