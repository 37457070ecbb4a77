import type { DelegateTokenRow } from '@/api/queries/delegates'
import { useUrlParams } from '@/hooks/use-url-params'

import { tokenState, type TokenState } from '../lib/token-status'

export type TokenSort = 'name' | 'created' | 'expiry'
const SORTS: TokenSort[] = ['name', 'created', 'expiry']
const STATES: (TokenState | 'all')[] = ['all', 'active', 'expiring', 'revoked']

export interface TokenFilters {
  q: string
  state: TokenState | 'all'
  showRevoked: boolean
  sort: TokenSort
  desc: boolean
}

/**
 * Filters live in the URL (`?q=&state=&revoked=1&sort=&dir=desc`) so a filtered list can be
 * linked and survives a reload. Defaults are left out of the URL. Revoked tokens are hidden
 * unless asked for (or filtered on directly).
 */
export function useTokenFilters() {
  const [params, update] = useUrlParams()
  const state = params.get('state') as TokenFilters['state'] | null
  const sort = params.get('sort') as TokenSort | null
  const filters: TokenFilters = {
    q: params.get('q') ?? '',
    state: state && STATES.includes(state) ? state : 'all',
    showRevoked: params.get('revoked') === '1' || state === 'revoked',
    sort: sort && SORTS.includes(sort) ? sort : 'name',
    desc: params.get('dir') === 'desc',
  }
  const set = (patch: Partial<Record<'q' | 'state' | 'revoked' | 'sort' | 'dir', string | null>>) =>
    update(patch, { replace: true })
  return { filters, set }
}

/** Revoked tokens, including one revoked a moment ago, show only when asked for. */
export function applyTokenFilters(
  tokens: DelegateTokenRow[],
  filters: TokenFilters,
  now = Date.now(),
) {
  const q = filters.q.trim().toLowerCase()
  const shown = tokens.filter((token) => {
    const state = tokenState(token, now)
    if (state === 'revoked' && !filters.showRevoked) return false
    if (filters.state !== 'all' && state !== filters.state) return false
    return !q || token.name.toLowerCase().includes(q)
  })
  const key = (t: DelegateTokenRow): string | number =>
    filters.sort === 'name'
      ? t.name.toLowerCase()
      : filters.sort === 'created'
        ? (t.createdAt ?? 0)
        : (t.revokeAfter ?? Number.MAX_SAFE_INTEGER)
  const sorted = shown.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  return filters.desc ? sorted.reverse() : sorted
}
