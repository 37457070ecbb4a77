// @vitest-environment jsdom
import { parse } from 'yaml'

import type { ConnectorResponse } from '@/api/schemas/connector'
import type { DelegateGroup } from '@/api/schemas/delegate'

import { loadProgress, progressKey, saveProgress } from '../rotation/progress'
import { updateInstructions, VALUE_PLACEHOLDER } from '../rotation/update-instructions'
import { applyTokenFilters, type TokenFilters } from '../tokens/use-token-filters'
import { connectorsLeftWithoutDelegate } from './impact'
import { tokenNameSchema } from './token-name'
import { tokenState } from './token-status'

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 23)

test('token state: revoked, expiring within 14 days, or active', () => {
  expect(tokenState({ status: 'REVOKED', revokeAfter: null }, now)).toBe('revoked')
  expect(tokenState({ status: 'ACTIVE', revokeAfter: now + 9 * DAY }, now)).toBe('expiring')
  expect(tokenState({ status: 'ACTIVE', revokeAfter: now + 30 * DAY }, now)).toBe('active')
  expect(tokenState({ status: 'ACTIVE', revokeAfter: null }, now)).toBe('active')
})

test('token names: letters, digits, _ - . and at most 128 characters', () => {
  expect(tokenNameSchema.safeParse('eks_prod-2027.v2').success).toBe(true)
  expect(tokenNameSchema.safeParse('a'.repeat(128)).success).toBe(true)
  for (const bad of ['', '   ', 'a'.repeat(129), 'with space', 'semi;colon', 'ünïcode'])
    expect(tokenNameSchema.safeParse(bad).success).toBe(false)
})

const row = (
  name: string,
  status: 'ACTIVE' | 'REVOKED',
  createdAt: number,
  revokeAfter?: number,
) => ({ name, status, createdAt, revokeAfter })
const tokens = [
  row('b_token', 'ACTIVE', 2),
  row('a_token', 'ACTIVE', 3, now + 3 * DAY),
  row('old', 'REVOKED', 1),
]
const filters = (patch: Partial<TokenFilters> = {}): TokenFilters => ({
  q: '',
  state: 'all',
  showRevoked: false,
  sort: 'name',
  desc: false,
  ...patch,
})

test('token filters hide revoked by default, search, filter by state and sort', () => {
  expect(applyTokenFilters([...tokens], filters(), now).map((t) => t.name)).toEqual([
    'a_token',
    'b_token',
  ])
  expect(
    applyTokenFilters([...tokens], filters({ showRevoked: true }), now).map((t) => t.name),
  ).toEqual(['a_token', 'b_token', 'old'])
  expect(applyTokenFilters([...tokens], filters({ q: 'B_' }), now).map((t) => t.name)).toEqual([
    'b_token',
  ])
  expect(
    applyTokenFilters([...tokens], filters({ state: 'expiring' }), now).map((t) => t.name),
  ).toEqual(['a_token'])
  expect(
    applyTokenFilters([...tokens], filters({ sort: 'created', desc: true }), now).map(
      (t) => t.name,
    ),
  ).toEqual(['a_token', 'b_token'])
})

const group = (name: string, tags: string[], connectivityStatus = 'connected'): DelegateGroup => ({
  delegateGroupIdentifier: name,
  groupName: name,
  groupCustomSelectors: tags,
  connectivityStatus,
})
const connector = (identifier: string, delegateSelectors?: string[]) =>
  ({
    connector: {
      identifier,
      name: identifier,
      type: 'Github',
      spec: delegateSelectors ? { delegateSelectors } : {},
    },
  }) as ConnectorResponse

test('revoking: connectors whose every matching connected delegate leaves are reported', () => {
  const prod = group('k8s-prod', ['prod', 'eks'])
  const staging = group('helm-staging', ['staging'])
  const down = group('docker', ['ci'], 'disconnected')
  const connectors = [
    connector('gh', ['prod']),
    connector('both', ['prod', 'eks']),
    connector('stage', ['staging']),
    connector('by-name', ['k8s-prod']),
    connector('ci', ['ci']),
    connector('any'),
  ]
  const result = connectorsLeftWithoutDelegate(connectors, [prod, staging, down], [prod]).map(
    (c) => c.identifier,
  )
  // 'ci' was already without a connected delegate, and 'any' (no selectors) still has helm-staging.
  expect(result).toEqual(['gh', 'both', 'by-name'])
  expect(
    connectorsLeftWithoutDelegate(connectors, [prod, staging], [prod, staging]).map(
      (c) => c.identifier,
    ),
  ).toContain('any')
})

test('rotation steps per delegate type carry the new value, in YAML and JSON that parse back to it', () => {
  const value = 'ab+/c=\'"x'
  const k8s = updateInstructions('KUBERNETES', { value, groupName: 'k8s-prod' })
  expect(parse(k8s[0].code!)).toEqual({ stringData: { DELEGATE_TOKEN: value } })
  expect(k8s[1].code).toBe('kubectl apply -f harness-delegate.yaml')
  expect(k8s[2].code).toBe(
    "kubectl rollout restart 'deployment/k8s-prod' --namespace harness-delegate-ng",
  )
  const helm = updateInstructions('HELM_DELEGATE', { value, groupName: 'helm-staging' })
  expect(parse(helm[0].code!)).toEqual({ delegateToken: value })
  expect(helm[1].code).toMatch(/^helm upgrade -i 'helm-staging' /)
  const shell = updateInstructions('SHELL_SCRIPT', { value, groupName: 'sh' })
  expect(parse(shell[0].code!)).toEqual({ delegateToken: value })
  expect(shell.map((s) => s.text).join(' ')).toMatch(
    /config-watcher\.yaml.*config-delegate\.yaml.*accountSecret/,
  )
  const docker = updateInstructions('DOCKER', { value, groupName: 'd' })
  expect(parse(docker[0].code!)).toEqual({ environment: { DELEGATE_TOKEN: value } })
  expect(docker[1].code).toBe('docker compose up -d')
  expect(docker[2].code).toBe("docker rm -f '<container ID>'")
  expect(docker[3].code).toBe('bash docker-run.sh')
  const ecs = updateInstructions('ECS', { value, groupName: 'e' })
  expect(ecs.map((s) => s.code ?? '').join('\n')).toMatch(
    /stop-task[\s\S]*register-task-definition[\s\S]*start-task/,
  )
  expect(JSON.parse(ecs[1].code!)).toEqual({ name: 'DELEGATE_TOKEN', value })
  expect(updateInstructions('KUBERNETES', { value: null, groupName: 'k' })[0].code).toContain(
    VALUE_PLACEHOLDER,
  )
})

test('rotation progress is kept per scope and token, and holds names only', () => {
  const scope = { accountId: 'acc', orgId: 'payments' }
  saveProgress(scope, 'old', { newTokenName: 'new', updated: ['g1'], revoked: false })
  expect(loadProgress(scope, 'old')).toEqual({
    newTokenName: 'new',
    updated: ['g1'],
    revoked: false,
  })
  expect(loadProgress({ accountId: 'acc' }, 'old').newTokenName).toBeNull()
  expect(progressKey(scope, 'old')).toBe('delegate-console:rotation:acc/payments/:old')
  localStorage.setItem(progressKey(scope, 'broken'), '{not json')
  expect(loadProgress(scope, 'broken').updated).toEqual([])
})
