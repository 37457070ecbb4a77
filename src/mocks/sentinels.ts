import type { ConnectorInfo, ConnectorValidationResult, ErrorDetail } from '@/api/schemas/connector'
import { parseReference, scopeAndParents, type Scope } from '@/api/scope'

import { db } from './db'
import { groupSelectors, groupsAtScope, toGroupDetails } from './delegates'
import { visibleFrom } from './http'
import { secretRefsOf } from './secret-refs'

/**
 * The mock's connection-test rules, documented in the README, checked in this order:
 * 1. a URL or host ending in `.invalid` cannot be reached (CONNECTIVITY);
 * 2. a credential ref to a secret that does not exist at a visible scope fails to authenticate;
 * 3. delegate selectors that match no connected delegate: no eligible delegate (DELEGATE);
 * 4. otherwise SUCCESS, with a latency derived from the identifier (stable between runs).
 */
export interface TestOutcome {
  result: ConnectorValidationResult
  durationMs: number
  stage: 'validation' | 'delegate' | 'authentication' | 'connection' | 'operation' | null
}

function walk(value: unknown, visit: (key: string, value: unknown) => void, key = '') {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit, key))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, visit, k)
  else visit(key, value)
}

export function hostOf(value: string): string | null {
  try {
    return new URL(value.includes('://') ? value : `https://${value}`).hostname
  } catch {
    return null
  }
}

/** The secret a ref points to, seen from the connector's own scope ([SRC] SecretRefData). */
export function secretExists(ref: string, owner: Scope) {
  const { level, identifier: id } = parseReference(ref)
  return db().secrets.some(({ secret }) => {
    if (secret.identifier !== id) return false
    if (level === 'account') return !secret.orgIdentifier
    if (level === 'org') return secret.orgIdentifier === owner.orgId && !secret.projectIdentifier
    return (
      (secret.orgIdentifier ?? undefined) === owner.orgId &&
      (secret.projectIdentifier ?? undefined) === owner.projectId
    )
  })
}

export function durationFor(identifier: string) {
  let hash = 7
  for (const ch of identifier) hash = (hash * 33 + ch.charCodeAt(0)) >>> 0
  return 250 + (hash % 650)
}

function fail(
  stage: TestOutcome['stage'],
  reason: string,
  message: string,
  summary: string,
  durationMs: number,
  delegateId?: string | null,
): TestOutcome {
  const errors: ErrorDetail[] = [{ reason, message, code: 450 }]
  return {
    stage,
    durationMs,
    result: {
      status: 'FAILURE',
      errors,
      errorSummary: summary,
      testedAt: Date.now(),
      ...(delegateId ? { delegateId } : {}),
    },
  }
}

/** The first connected delegate instance the connector's selectors match, seen from its scope. */
function pickDelegate(owner: Scope, selectors: readonly string[], now: number) {
  const candidates = scopeAndParents(owner)
    .flatMap((s) => groupsAtScope(s, now))
    .filter((g) => visibleFrom({ orgIdentifier: g.orgId, projectIdentifier: g.projectId }, owner))
    .filter((g) => selectors.every((sel) => groupSelectors(g).includes(sel)))
  const connected = candidates.find((g) => toGroupDetails(g, now).activelyConnected)
  return connected ? (connected.instances[0]?.uuid ?? connected.identifier) : null
}

export function runConnectionTest(connector: ConnectorInfo, now = Date.now()): TestOutcome {
  const owner: Scope = {
    accountId: db().account.identifier,
    orgId: connector.orgIdentifier ?? undefined,
    projectId: connector.projectIdentifier ?? undefined,
  }
  const duration = durationFor(connector.identifier)
  const found: { unreachable: string | null } = { unreachable: null }
  walk(connector.spec, (key, value) => {
    if (typeof value !== 'string') return
    const host = /url$|host|Url$/i.test(key) ? hostOf(value) : null
    if (host?.endsWith('.invalid')) found.unreachable ??= host
  })
  // The same secret fields the create check reads (secret-refs.ts), in the spec's order.
  const missing = secretRefsOf(connector)
    .map(({ ref }) => ref)
    .filter((ref) => !secretExists(ref, owner))
  const { unreachable } = found
  const selectors = Array.isArray(connector.spec.delegateSelectors)
    ? (connector.spec.delegateSelectors as string[])
    : []
  const executesOnDelegate = connector.spec.executeOnDelegate !== false
  const delegateId = executesOnDelegate ? pickDelegate(owner, selectors, now) : null
  // An unreachable host was tried from the delegate that ran the test, so the answer names it.
  if (unreachable)
    return fail(
      'connection',
      'Unable to connect',
      `Could not resolve host ${unreachable}: the name does not exist (UnknownHostException).`,
      `Unable to connect to ${unreachable}. Check the URL, DNS and that the delegate can reach it.`,
      duration + 1200,
      delegateId,
    )
  if (missing.length)
    return fail(
      'authentication',
      'Invalid credentials',
      `Secret [${missing[0]}] does not exist or is not accessible at this scope.`,
      `Authentication failed: secret ${missing[0]} was not found.`,
      duration,
    )
  if (executesOnDelegate && !delegateId)
    return fail(
      'delegate',
      'No eligible delegates',
      selectors.length
        ? `No connected delegate matches the selectors [${selectors.join(', ')}].`
        : 'No connected delegate is available in this account.',
      'No eligible delegate was available to run the connection test.',
      duration,
    )
  return {
    stage: null,
    durationMs: duration,
    result: { status: 'SUCCESS', errors: [], errorSummary: null, testedAt: Date.now(), delegateId },
  }
}
