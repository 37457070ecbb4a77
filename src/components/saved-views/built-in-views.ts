import type { ListName } from './views-store'

/** Views every account has: the questions admins ask most of each list. */
export const BUILT_IN_VIEWS: Record<ListName, { name: string; query: string }[]> = {
  connectors: [{ name: 'Failing connectors', query: 'status=failed' }],
  tokens: [{ name: 'Expiring tokens', query: 'state=expiring' }],
  delegates: [{ name: 'Behind on version', query: 'behind=1' }],
}
