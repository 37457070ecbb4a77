import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { scopeQueries } from '@/api/queries/scope'

import {
  actionCommands,
  matches,
  pageCommands,
  providerCommands,
  scopeCommands,
  type CommandContext,
  type PaletteCommand,
  type ScopeChoice,
  type SubList,
} from './commands'
import { recentCommand } from './recent-commands'
import type { RecentItem } from './recent-store'
import type { TestTarget } from './use-palette-search'

export interface PaletteGroup {
  heading: string
  commands: PaletteCommand[]
}

/** At the top level, a typed search shows at most this many providers and scopes. */
const MIXED_SHOWN = 5

/** Organizations and projects, by name, for "Switch to …" (the scope switcher's lists). */
function useScopeChoices(accountId: string, open: boolean): ScopeChoice[] {
  const orgs = useQuery({ ...scopeQueries.organizations(accountId), enabled: open })
  const projects = useQuery({ ...scopeQueries.projects(accountId), enabled: open })
  return useMemo(() => {
    const orgList = orgs.data?.content.map((o) => o.organization) ?? []
    const orgName = new Map(orgList.map((o) => [o.identifier, o.name]))
    return orgList.flatMap((org) => [
      { orgId: org.identifier, name: org.name },
      ...(projects.data?.content ?? [])
        .map((p) => p.project)
        .filter((p) => p.orgIdentifier === org.identifier)
        .map((p) => ({
          orgId: org.identifier,
          projectId: p.identifier,
          name: p.name,
          orgName: orgName.get(org.identifier),
        })),
    ])
  }, [orgs.data, projects.data])
}

/**
 * The palette's groups for what is typed, in a fixed order so that recent items come first: with
 * nothing typed, Recent, Actions, Pages; with a search, the matches of each, the Manager's
 * results among them. A sub-list ("Switch scope…") shows its own commands only. A recent item is
 * not listed twice.
 */
export function usePaletteGroups({
  ctx,
  open,
  search,
  list,
  recent,
  found,
  test,
}: {
  ctx: CommandContext
  open: boolean
  search: string
  list: SubList | null
  recent: RecentItem[]
  found: Record<'connectors' | 'tests' | 'delegates' | 'tokens', PaletteCommand[]>
  test: (target: TestTarget) => void
}): PaletteGroup[] {
  const choices = useScopeChoices(ctx.scope.accountId, open)
  const fit = (commands: PaletteCommand[], max = Infinity) =>
    commands.filter((c) => matches(search, c)).slice(0, max)

  const pages = pageCommands(ctx)
  const actions = actionCommands(ctx)
  const providers = providerCommands(ctx)
  const scopes = scopeCommands(ctx, choices)
  if (list === 'provider') return [{ heading: 'New connector', commands: fit(providers) }]
  if (list === 'scope') return [{ heading: 'Switch scope', commands: fit(scopes) }]

  const known = new Map([...pages, ...actions, ...providers, ...scopes].map((c) => [c.id, c]))
  const act = { scope: ctx.scope, pathname: ctx.pathname, go: ctx.go, test }
  const recentCommands = fit(recent.flatMap((item) => recentCommand(item, known, act) ?? []))
  const shown = new Set(recentCommands.map((c) => c.id))
  const rest = (commands: PaletteCommand[]) => commands.filter((c) => !shown.has(c.id))
  const groups: PaletteGroup[] = search.trim()
    ? [
        { heading: 'Recent', commands: recentCommands },
        { heading: 'Connectors', commands: rest(found.connectors) },
        {
          heading: 'Actions',
          commands: rest([
            ...found.tests,
            ...fit(actions),
            ...fit(providers, MIXED_SHOWN),
            ...fit(scopes, MIXED_SHOWN),
          ]),
        },
        { heading: 'Pages', commands: rest(fit(pages)) },
        { heading: 'Delegates', commands: rest(found.delegates) },
        { heading: 'Delegate tokens', commands: rest(found.tokens) },
      ]
    : [
        { heading: 'Recent', commands: recentCommands },
        { heading: 'Actions', commands: rest(actions) },
        { heading: 'Pages', commands: rest(pages) },
      ]
  return groups.filter((g) => g.commands.length > 0)
}
