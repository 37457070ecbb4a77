import type { ConnectorValidationResult } from '@/api/schemas/connector'

/**
 * The steps of a connection test, in the order seed 004 ("Integration Architecture") describes
 * them: validation, authentication, connection through a delegate, operation. The delegate hop is
 * its own step here because "no eligible delegate" is a failure admins fix in a different place.
 */
export type StageId = 'validation' | 'delegate' | 'authentication' | 'connection' | 'operation'
export type StageState = 'passed' | 'failed' | 'not-run'

export interface Stage {
  id: StageId
  label: string
  state: StageState
  detail?: string
}

const STAGES: { id: StageId; label: string; passed: string }[] = [
  { id: 'validation', label: 'Validation', passed: 'The configuration has every required field.' },
  { id: 'delegate', label: 'Delegate', passed: 'A delegate was available to run the test.' },
  { id: 'authentication', label: 'Authentication', passed: 'The credentials were accepted.' },
  { id: 'connection', label: 'Connection', passed: 'The endpoint was reached.' },
  { id: 'operation', label: 'Operation', passed: 'The test operation completed.' },
]

/** Which failure the admin is looking at: where to go and fix it. */
export type FailureKind = 'unreachable' | 'credentials' | 'delegate' | 'validation' | 'other'

const STAGE_BY_KIND: Record<FailureKind, StageId> = {
  validation: 'validation',
  delegate: 'delegate',
  credentials: 'authentication',
  unreachable: 'connection',
  other: 'operation',
}

// [INF] The contract gives no stage field: ErrorDetail has only reason, message and code, so the
// stage is read from the words the Manager uses (and the mock's sentinels.ts rules use).
// The reason is read first (it is the short, stable part), then the messages and the summary.
const PATTERNS: [FailureKind, RegExp][] = [
  [
    'delegate',
    /no (connected |eligible |available )?delegates?|delegates? (is |are )?(not |un)available/i,
  ],
  [
    'credentials',
    /credential|authenticat|unauthori[sz]ed|forbidden|access denied|secret|token|password|\b40[13]\b/i,
  ],
  [
    'unreachable',
    /connect|unreachable|resolve|unknownhost|timed? ?out|refused|dns|network|socket/i,
  ],
  ['validation', /invalid (request|field|config)|required|missing field|validation/i],
]

export function failureKind(
  result: Pick<ConnectorValidationResult, 'errors' | 'errorSummary'>,
): FailureKind {
  const errors = result.errors ?? []
  const texts = [
    errors
      .map((e) => e.reason)
      .filter(Boolean)
      .join(' '),
    [...errors.map((e) => e.message), result.errorSummary].filter(Boolean).join(' '),
  ]
  for (const text of texts) {
    const kind = PATTERNS.find(([, pattern]) => pattern.test(text))?.[0]
    if (kind) return kind
  }
  return 'other'
}

export const FAILURE_WORDS: Record<FailureKind, string> = {
  unreachable: 'The endpoint was unreachable',
  credentials: 'The credentials were rejected',
  delegate: 'No delegate could run the test',
  validation: 'The configuration is incomplete',
  other: 'The test operation failed',
}

/** What to do about each kind of failure, in words an admin can act on. */
export const FAILURE_ADVICE: Record<FailureKind, string> = {
  unreachable:
    'Check the URL and DNS name, and that the delegate can reach the host on the ports below (firewall, proxy, allowlist).',
  credentials:
    'Check that the secret exists at a scope this connector can see, holds a current value, and has the permissions below.',
  delegate:
    'Start a delegate, or change the delegate selectors so they match a connected delegate (Delegates page).',
  validation: 'Edit the connector and fill in the fields the message names.',
  other:
    'Read the message below; if it persists, check the provider’s status and the connector’s permissions.',
}

/** The stages of one result: passed up to the failed one, which carries the message; later ones did not run. */
export function stagesOf(result: ConnectorValidationResult, usedDelegate: boolean): Stage[] {
  const failed =
    result.status === 'FAILURE' || result.status === 'PARTIAL'
      ? STAGE_BY_KIND[failureKind(result)]
      : null
  const failedIndex = failed ? STAGES.findIndex((s) => s.id === failed) : -1
  const message =
    (result.errors ?? [])
      .map((e) => e.message)
      .filter(Boolean)
      .join(' ') ||
    result.errorSummary ||
    undefined
  return STAGES.map((stage, index): Stage => {
    if (failedIndex >= 0 && index > failedIndex)
      return { id: stage.id, label: stage.label, state: 'not-run', detail: 'Not run' }
    if (index === failedIndex)
      return { id: stage.id, label: stage.label, state: 'failed', detail: message }
    if (stage.id === 'delegate' && !usedDelegate)
      return {
        id: stage.id,
        label: stage.label,
        state: 'passed',
        detail: 'Not needed: the Harness platform connects directly.',
      }
    if (stage.id === 'delegate' && result.delegateId)
      return {
        id: stage.id,
        label: stage.label,
        state: 'passed',
        detail: `Ran through delegate ${result.delegateId}.`,
      }
    return { id: stage.id, label: stage.label, state: 'passed', detail: stage.passed }
  })
}
