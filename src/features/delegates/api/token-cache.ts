import type { QueryClient } from '@tanstack/react-query'

import { delegateQueries, type DelegateTokenRow } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'

/**
 * Puts a token the Manager just answered with into every cached token list of the scope (or takes
 * it out), then refetches in the background. A mutation never waits for that refetch: with the
 * Manager slow, a list read retries for a minute, and the action's own success or failure must
 * show at once (issue 20). The patch keeps what the admin sees true meanwhile: the rotation
 * walkthrough finds its new token, a revoked one leaves the list while "Show revoked" is off.
 */
export function syncTokenLists(
  client: QueryClient,
  scope: Scope,
  change: { upsert: DelegateTokenRow } | { remove: string } | null,
) {
  if (change) {
    const lists = delegateQueries.tokenLists(scope)
    for (const [key, rows] of client.getQueriesData<DelegateTokenRow[]>({ queryKey: lists })) {
      if (!rows) continue
      const status = key[lists.length]
      client.setQueryData(key, patch(rows, change, status))
    }
  }
  void client.invalidateQueries({ queryKey: delegateQueries.all() })
}

function patch(
  rows: DelegateTokenRow[],
  change: { upsert: DelegateTokenRow } | { remove: string },
  status: unknown,
): DelegateTokenRow[] {
  if ('remove' in change) return rows.filter((r) => r.name !== change.remove)
  const row = change.upsert
  const belongs = status === 'ALL' || status === row.status
  const at = rows.findIndex((r) => r.name === row.name)
  if (at < 0) return belongs ? [...rows, row] : rows
  return belongs ? rows.map((r, i) => (i === at ? row : r)) : rows.filter((_, i) => i !== at)
}
