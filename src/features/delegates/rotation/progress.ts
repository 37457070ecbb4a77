import { scopeKey, type Scope } from '@/api/scope'

/**
 * Where a rotation stands, so it can be left and resumed. Names and group ids only: the new
 * token's value is NEVER stored (it lives in component memory for the walkthrough).
 */
export interface RotationProgress {
  newTokenName: string | null
  /** Groups the user said they updated (Manager mode waits for their heartbeat on the new token). */
  updated: string[]
  revoked: boolean
}

const EMPTY: RotationProgress = { newTokenName: null, updated: [], revoked: false }

export function progressKey(scope: Scope, tokenName: string) {
  const { accountId, orgId, projectId } = scopeKey(scope)
  return `delegate-console:rotation:${accountId}/${orgId ?? ''}/${projectId ?? ''}:${tokenName}`
}

export function loadProgress(scope: Scope, tokenName: string): RotationProgress {
  try {
    const raw = window.localStorage.getItem(progressKey(scope, tokenName))
    if (!raw) return EMPTY
    const parsed = JSON.parse(raw) as Partial<RotationProgress>
    return {
      newTokenName: typeof parsed.newTokenName === 'string' ? parsed.newTokenName : null,
      updated: Array.isArray(parsed.updated)
        ? parsed.updated.filter((id): id is string => typeof id === 'string')
        : [],
      revoked: parsed.revoked === true,
    }
  } catch {
    return EMPTY
  }
}

export function saveProgress(scope: Scope, tokenName: string, progress: RotationProgress) {
  try {
    window.localStorage.setItem(progressKey(scope, tokenName), JSON.stringify(progress))
  } catch {
    // Storage full or refused: the walkthrough still works, it just cannot be resumed.
  }
}

export function clearProgress(scope: Scope, tokenName: string) {
  window.localStorage.removeItem(progressKey(scope, tokenName))
}
