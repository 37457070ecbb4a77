import type { ConnectorValidationResult } from '@/api/schemas/connector'

/**
 * The steps of a connection test, in the order seed 004 ("Integration Architecture") describes
 * them: the Manager validates the configuration, hands the test to a delegate, which connects to
 * the endpoint, authenticates, and runs the test operation. The delegate hop is its own step
 * because "no eligible delegate" is a failure admins fix in a different place.
 */
export type StageId = 'validation' | 'delegate' | 'connection' | 'authentication' | 'operation'
/** `unknown`: the Manager's answer does not say (ConnectorValidationResult has no stage field). */
export type StageState = 'passed' | 'failed' | 'unknown'

export interface Stage {
  id: StageId
  label: string
  state: StageState
  detail?: string
}

const STAGES: { id: StageId; label: string; passed: string }[] = [
  { id: 'validation', label: 'Validation', passed: 'The Manager accepted the configuration.' },
  { id: 'delegate', label: 'Delegate', passed: 'A delegate ran the test.' },
  { id: 'connection', label: 'Connection', passed: 'The endpoint was reached.' },
  { id: 'authentication', label: 'Authentication', passed: 'The endpoint accepted the test.' },
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

/** Said once under the stages, not beside each one it applies to. */
export const NOT_SAID =
  'Not known: the Manager’s answer names only the step that failed and, when one ran the test, the delegate.'

/**
 * The stages of one result, each passed only with evidence in the Manager's answer:
 * - SUCCESS passes every stage (the test operation needs all of them);
 * - a failure fails the stage its reason names; the stages after it were not reached;
 * - a stage before it is passed only when the answer shows it: a `delegateId` means a delegate
 *   ran the test. Otherwise it is not known (the answer has no per-stage field);
 * - an unclassified failure names no stage.
 * The delegate stage is left out when the connector connects through the Harness platform.
 */
export function stagesOf(result: ConnectorValidationResult, usedDelegate: boolean): Stage[] {
  const ok = result.status === 'SUCCESS'
  const kind = ok ? null : failureKind(result)
  const failed = kind && kind !== 'other' ? STAGE_BY_KIND[kind] : null
  const applicable = STAGES.filter((s) => usedDelegate || s.id !== 'delegate')
  const failedIndex = applicable.findIndex((s) => s.id === failed)
  const failedLabel = applicable[failedIndex]?.label.toLowerCase()
  const message =
    (result.errors ?? [])
      .map((e) => e.message)
      .filter(Boolean)
      .join(' ') ||
    result.errorSummary ||
    undefined
  return applicable.map((stage, index): Stage => {
    const base = { id: stage.id, label: stage.label }
    if (ok) return { ...base, state: 'passed', detail: stage.passed }
    if (index === failedIndex) return { ...base, state: 'failed', detail: message }
    if (failedIndex >= 0 && index > failedIndex)
      return {
        ...base,
        state: 'unknown',
        detail: `Not reached: the test stopped at ${failedLabel}.`,
      }
    if (stage.id === 'delegate' && result.delegateId)
      return { ...base, state: 'passed', detail: stage.passed }
    return { ...base, state: 'unknown' }
  })
}
