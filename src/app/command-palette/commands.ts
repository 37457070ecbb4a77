import {
  Building2,
  FlaskConical,
  FolderKanban,
  Globe,
  CircleHelp,
  KeyRound,
  Moon,
  Plus,
  Sun,
  SunMoon,
  type LucideIcon,
} from 'lucide-react'

import type { Scope } from '@/api/scope'
import { PROVIDER_BY_TYPE } from '@/catalog/provider-index'
import type { Theme } from '../theme/theme'
import { paths, withScope } from '@/lib/paths'

import { navSections } from '../shell/nav'
import { scopeId } from './command-ids'

/** One line of the palette. Its id says what it acts on (command-ids.ts); recent items keep it. */
export interface PaletteCommand {
  id: string
  label: string
  /** More words that find it: an identifier, a type, synonyms. */
  keywords?: string
  /** After the label, quieter: a scope, a type, a state. */
  hint?: string
  icon?: LucideIcon
  disabled?: boolean
  /** Opens a list of its own in the palette instead of acting (and is not a recent item). */
  opens?: SubList
  run?: () => void
}

export type SubList = 'scope' | 'provider'

/** What the commands act with; the palette's hooks provide it. */
export interface CommandContext {
  scope: Scope
  pathname: string
  go: (to: string) => void
  theme: Theme
  chosenTheme: Theme | null
  setTheme: (theme: Theme | null) => void
  /** A test-all run is going on somewhere (one at a time, as on the list). */
  runBusy: boolean
  testAllFailed: () => void
  showShortcuts: () => void
}

/** Every word typed is in the label, the keywords or the hint (any case, any order). */
export function matches(search: string, command: PaletteCommand) {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return true
  const text = `${command.label} ${command.keywords ?? ''} ${command.hint ?? ''}`.toLowerCase()
  return words.every((word) => text.includes(word))
}

export function pageCommands({ scope, go }: CommandContext): PaletteCommand[] {
  return navSections.flatMap((section) =>
    section.items.map((item) => ({
      id: `page:${item.to}`,
      label: item.label,
      keywords: `go to page ${section.heading ?? ''}`,
      icon: item.icon,
      run: () => go(withScope(item.to, scope)),
    })),
  )
}

export function actionCommands(ctx: CommandContext): PaletteCommand[] {
  const { scope, go, theme } = ctx
  const other: Theme = theme === 'dark' ? 'light' : 'dark'
  const commands: PaletteCommand[] = [
    {
      id: 'action:generate-token',
      label: 'Generate a delegate token',
      keywords: 'new create add token',
      icon: KeyRound,
      run: () => go(withScope(paths.delegateTokens, scope, { generate: '1' })),
    },
    {
      id: 'action:test-failed',
      label: 'Test all failed connectors',
      keywords: 'retest run failing health',
      hint: ctx.runBusy ? 'a test run is going on' : undefined,
      icon: FlaskConical,
      disabled: ctx.runBusy,
      run: ctx.testAllFailed,
    },
    {
      id: 'action:new-connector',
      label: 'New connector…',
      keywords: 'create add connector type provider',
      icon: Plus,
      opens: 'provider',
    },
    {
      id: 'action:switch-scope',
      label: 'Switch scope…',
      keywords: 'change organization project account scope',
      icon: Globe,
      opens: 'scope',
    },
    {
      id: 'action:theme',
      label: `Switch to ${other} theme`,
      keywords: 'toggle theme appearance dark light mode colour color',
      icon: other === 'dark' ? Moon : Sun,
      run: () => ctx.setTheme(other),
    },
  ]
  if (ctx.chosenTheme)
    commands.push({
      id: 'action:theme-system',
      label: 'Use the system theme',
      keywords: 'theme appearance dark light mode automatic',
      icon: SunMoon,
      run: () => ctx.setTheme(null),
    })
  commands.push({
    id: 'action:shortcuts',
    label: 'Keyboard shortcuts',
    keywords: 'keys help ?',
    icon: CircleHelp,
    run: ctx.showShortcuts,
  })
  return commands
}

/** "New GitHub connector": the wizard at that provider (`?provider=`), at the current scope. */
export function providerCommands({ scope, go }: CommandContext): PaletteCommand[] {
  return Object.entries(PROVIDER_BY_TYPE).map(([type, provider]) => ({
    id: `new:${provider.id}`,
    label: `New ${provider.label} connector`,
    keywords: `create add ${type} ${provider.category}`,
    icon: Plus,
    run: () => go(withScope(paths.newConnector, scope, { provider: provider.id })),
  }))
}

export interface ScopeChoice {
  orgId?: string
  projectId?: string
  name: string
  /** For a project, its organization's name. */
  orgName?: string
}

/** The account, each organization and each project; the page stays, its filters do not. */
export function scopeCommands(
  { scope, pathname, go }: CommandContext,
  choices: ScopeChoice[],
): PaletteCommand[] {
  return [{ name: 'Account' } as ScopeChoice, ...choices].map((choice) => {
    const current =
      (choice.orgId ?? '') === (scope.orgId ?? '') &&
      (choice.projectId ?? '') === (scope.projectId ?? '')
    const kind = choice.projectId ? 'Project' : choice.orgId ? 'Organization' : 'Account'
    return {
      id: scopeId(choice),
      label: choice.orgId ? `Switch to ${choice.name}` : 'Switch to the account',
      keywords: `scope ${kind} ${choice.orgId ?? ''} ${choice.projectId ?? ''}`,
      hint: current
        ? 'current scope'
        : choice.projectId
          ? `Project in ${choice.orgName ?? choice.orgId}`
          : kind,
      icon: choice.projectId ? FolderKanban : choice.orgId ? Building2 : Globe,
      disabled: current,
      run: () => go(withScope(pathname, { orgId: choice.orgId, projectId: choice.projectId })),
    }
  })
}
