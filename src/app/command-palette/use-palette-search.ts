import { useQuery } from '@tanstack/react-query'
import { Plug, Server, KeyRound, FlaskConical } from 'lucide-react'
import { useEffect, useState } from 'react'

import { connectorQueries } from '@/api/queries/connectors'
import { delegateQueries } from '@/api/queries/delegates'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { scopeLabel, sameScope, type Scope } from '@/api/scope'
import { summaryForType } from '@/catalog/provider-index'
import { ownScope } from '@/features/connectors/api/test'
import { paths, withScope } from '@/lib/paths'

import { entityId } from './command-ids'
import type { PaletteCommand } from './commands'

/** Wait this long after the last key before asking the Manager. */
export const SEARCH_DEBOUNCE_MS = 250
const CONNECTORS_SHOWN = 8
/** "Test <connector>" for the first few found. */
const TESTS_SHOWN = 3
const OTHERS_SHOWN = 5

export interface TestTarget {
  scope: Scope
  identifier: string
  info?: ConnectorInfo
}

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

const has = (text: string | null | undefined, term: string) =>
  !!text && text.toLowerCase().includes(term.toLowerCase())

/**
 * What the Manager has at the current scope for `term`: connectors by its own search (listV2
 * `searchTerm`, name, identifier, tags and description; those of parent scopes too, since they can
 * be used here), delegate groups and tokens by name from the scope's lists (the Manager lists them
 * whole; the lists' pages share the same cache). Nothing is asked for with no term.
 */
export function usePaletteSearch(
  scope: Scope,
  term: string,
  act: { go: (to: string) => void; test: (target: TestTarget) => void },
) {
  const enabled = term.length > 0
  const connectors = useQuery({
    ...connectorQueries.list(scope, {
      searchTerm: term,
      pageSize: CONNECTORS_SHOWN,
      sortOrders: ['name,ASC'],
      includeParents: true,
    }),
    enabled,
  })
  const groups = useQuery({ ...delegateQueries.groups(scope), enabled })
  const tokens = useQuery({ ...delegateQueries.tokens(scope), enabled })

  const where = (own: Scope) => (sameScope(own, scope) ? '' : ` · ${scopeLabel(own)}`)
  const found = enabled && !connectors.isPlaceholderData ? (connectors.data?.content ?? []) : []
  const connectorCommands: PaletteCommand[] = found.map(({ connector: c }) => {
    const own = ownScope(scope.accountId, c)
    return {
      id: entityId('connector', own, c.identifier),
      label: c.name,
      keywords: `${c.identifier} ${c.type} ${c.description ?? ''}`,
      hint: `${summaryForType(c.type)?.label ?? c.type} connector${where(own)}`,
      icon: Plug,
      run: () => act.go(withScope(paths.connector(c.identifier), own)),
    }
  })
  const testCommands: PaletteCommand[] = found.slice(0, TESTS_SHOWN).map(({ connector: c }) => {
    const own = ownScope(scope.accountId, c)
    return {
      id: entityId('test', own, c.identifier),
      label: `Test ${c.name}`,
      keywords: `${c.identifier} connection check`,
      hint: where(own).slice(3) || undefined,
      icon: FlaskConical,
      run: () => act.test({ scope: own, identifier: c.identifier, info: c }),
    }
  })
  const groupCommands: PaletteCommand[] = enabled
    ? (groups.data ?? [])
        .filter((g) => g.delegateGroupIdentifier)
        .filter((g) => has(g.groupName, term) || has(g.delegateGroupIdentifier, term))
        .slice(0, OTHERS_SHOWN)
        .map((g) => ({
          id: entityId('delegate', scope, g.delegateGroupIdentifier!),
          label: g.groupName ?? g.delegateGroupIdentifier!,
          keywords: g.delegateGroupIdentifier ?? '',
          hint: `Delegate${g.connectivityStatus ? `, ${g.connectivityStatus}` : ''}`,
          icon: Server,
          run: () => act.go(withScope(paths.delegateGroup(g.delegateGroupIdentifier!), scope)),
        }))
    : []
  const tokenCommands: PaletteCommand[] = enabled
    ? (tokens.data ?? [])
        .filter((t) => has(t.name, term))
        .slice(0, OTHERS_SHOWN)
        .map((t) => ({
          id: entityId('token', scope, t.name),
          label: t.name,
          hint: `Delegate token${t.status === 'REVOKED' ? ', revoked' : ''}`,
          icon: KeyRound,
          // The tokens list, searched for it (revoked ones are shown only when asked for).
          run: () =>
            act.go(
              withScope(paths.delegateTokens, scope, {
                q: t.name,
                ...(t.status === 'REVOKED' ? { revoked: '1' } : {}),
              }),
            ),
        }))
    : []
  return {
    connectors: connectorCommands,
    tests: testCommands,
    delegates: groupCommands,
    tokens: tokenCommands,
    searching:
      enabled &&
      (connectors.isFetching || groups.isFetching || tokens.isFetching) &&
      !connectors.isError,
    error: enabled && connectors.isError ? connectors.error : null,
  }
}
