import { FlaskConical, Globe, KeyRound, Plug, Server } from 'lucide-react'

import { sameScope, scopeLabel, type Scope } from '@/api/scope'
import { paths, withScope } from '@/lib/paths'

import { parseEntityId, parseScopeId } from './command-ids'
import type { PaletteCommand } from './commands'
import type { RecentItem } from './recent-store'
import type { TestTarget } from './use-palette-search'

interface Act {
  scope: Scope
  pathname: string
  go: (to: string) => void
  test: (target: TestTarget) => void
}

/**
 * A recent item as a command again. One the palette lists now (a page, an action, a provider, a
 * scope) is that command, with today's label ("Switch to light theme" once dark); a connector,
 * test, delegate or token is rebuilt from its id, at its own scope. Null: it leads nowhere now.
 */
export function recentCommand(
  item: RecentItem,
  known: ReadonlyMap<string, PaletteCommand>,
  act: Act,
): PaletteCommand | null {
  const command = known.get(item.id)
  if (command) return command
  const target = parseEntityId(item.id)
  if (target) {
    const own: Scope = { accountId: act.scope.accountId, ...target.scope }
    const hint = sameScope(own, act.scope) ? undefined : scopeLabel(own)
    const base = { id: item.id, label: item.label, hint }
    const { identifier } = target
    switch (target.kind) {
      case 'connector':
        return {
          ...base,
          icon: Plug,
          run: () => act.go(withScope(paths.connector(identifier), own)),
        }
      case 'test':
        return { ...base, icon: FlaskConical, run: () => act.test({ scope: own, identifier }) }
      case 'delegate':
        return {
          ...base,
          icon: Server,
          run: () => act.go(withScope(paths.delegateGroup(identifier), own)),
        }
      case 'token':
        return {
          ...base,
          icon: KeyRound,
          run: () => act.go(withScope(paths.delegateTokens, own, { q: identifier })),
        }
    }
  }
  // A scope the lists have not loaded yet (or no longer show): still a place to go.
  const scope = parseScopeId(item.id)
  if (scope && !sameScope({ accountId: act.scope.accountId, ...scope }, act.scope))
    return {
      id: item.id,
      label: item.label,
      icon: Globe,
      run: () => act.go(withScope(act.pathname, scope)),
    }
  return null
}
