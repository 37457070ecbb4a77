import { describeError, isApiError } from '@/api/errors'
import type { ConnectorInfo, ConnectorResponse } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

import { fieldChanges, type FieldChange } from '../review/changes'

/**
 * Applying a bundle of connectors (a YAML stream of `connector:` documents): first a plan, what
 * each would do against what the Manager holds now; then the writes, one at a time, each failure
 * recorded and the rest carried on, so a summary can offer to retry just the failed ones.
 */

export type PlanAction = 'create' | 'update' | 'unchanged'

export interface PlanEntry {
  /** The document's place in the bundle (0-based) and its first line (1-based). */
  index: number
  line: number
  info: ConnectorInfo
  action: PlanAction
  /** What is stored now, for an update or an unchanged entry. */
  current: ConnectorInfo | null
  /** What the write would change (every setting, for a create). */
  changes: FieldChange[]
}

/** The scope an entry writes to: the one its own org and project name. */
export function entryScope(accountId: string, info: ConnectorInfo): Scope {
  return {
    accountId,
    orgId: info.orgIdentifier ?? undefined,
    projectId: (info.orgIdentifier && info.projectIdentifier) || undefined,
  }
}

/** `lookup` reads the stored connector, or null when there is none (the Manager's 404). */
export async function planBundle(
  entries: readonly { index: number; line: number; info: ConnectorInfo }[],
  lookup: (info: ConnectorInfo) => Promise<ConnectorResponse | null>,
): Promise<PlanEntry[]> {
  const plan: PlanEntry[] = []
  for (const entry of entries) {
    const stored = await lookup(entry.info)
    const current = stored?.connector ?? null
    const changes = fieldChanges(current, entry.info)
    const action: PlanAction = !current ? 'create' : changes.length ? 'update' : 'unchanged'
    plan.push({ ...entry, current, changes, action })
  }
  return plan
}

export type ApplyStatus =
  | { state: 'waiting' }
  | { state: 'sending' }
  | { state: 'done'; action: 'create' | 'update' }
  | { state: 'failed'; message: string; fields: string[] }
  | { state: 'skipped' }

/** What a failed write says: the Manager's message, and its field errors when it gave some. */
export function failureOf(error: unknown): Extract<ApplyStatus, { state: 'failed' }> {
  return {
    state: 'failed',
    message: describeError(error),
    fields: isApiError(error) ? error.fieldErrors.map((e) => `${e.fieldId}: ${e.error}`) : [],
  }
}

export interface ApplySummary {
  created: number
  updated: number
  unchanged: number
  failed: number
}

export function summarize(plan: readonly PlanEntry[], statuses: readonly ApplyStatus[]) {
  const summary: ApplySummary = { created: 0, updated: 0, unchanged: 0, failed: 0 }
  plan.forEach((entry, i) => {
    const status = statuses[i]
    if (entry.action === 'unchanged') summary.unchanged++
    else if (status?.state === 'failed') summary.failed++
    else if (status?.state === 'done') summary[status.action === 'create' ? 'created' : 'updated']++
  })
  return summary
}
