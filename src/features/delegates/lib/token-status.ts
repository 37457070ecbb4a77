import type { DelegateTokenRow } from '@/api/queries/delegates'

/** A token expiring within this window shows a reminder (issue 3: "a reminder as it nears"). */
export const EXPIRING_SOON_MS = 14 * 86_400_000

export type TokenState = 'active' | 'expiring' | 'revoked'

export function tokenState(
  token: Pick<DelegateTokenRow, 'status' | 'revokeAfter'>,
  now = Date.now(),
): TokenState {
  if (token.status === 'REVOKED') return 'revoked'
  if (token.revokeAfter && token.revokeAfter - now <= EXPIRING_SOON_MS) return 'expiring'
  return 'active'
}

export const TOKEN_STATE_LABEL: Record<TokenState, string> = {
  active: 'Active',
  expiring: 'Expiring soon',
  revoked: 'Revoked',
}

/** Who created a token: NG principal first, then the CG-era user (REFERENCE.md §3). */
export function createdByName(token: DelegateTokenRow) {
  return token.createdByNgUser?.name ?? token.createdBy?.name ?? token.createdBy?.email ?? '—'
}
