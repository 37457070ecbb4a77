import { useCallback, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'

import type { Scope } from '@/api/scope'
import { Dialog } from '@/components/ui/dialog'
import { useRunBusy } from '@/features/connectors/health/test-run-store'
import { useTestAll } from '@/features/connectors/health/use-test-all'
import { DEFAULT_SORT } from '@/features/connectors/list/sort'
import { toListParams } from '@/features/connectors/list/use-list-params'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { setTheme, useChosenTheme, useShownTheme } from '../theme/theme'
import { entityId } from './command-ids'
import type { CommandContext, PaletteCommand, SubList } from './commands'
import styles from './palette.module.css'
import { PaletteView } from './palette-view'
import { forgetRecent, rememberRecent, useRecentItems } from './recent-store'
import { usePaletteGroups } from './use-palette-groups'
import {
  SEARCH_DEBOUNCE_MS,
  useDebounced,
  usePaletteSearch,
  type TestTarget,
} from './use-palette-search'
import { usePaletteTest } from './use-palette-test'

/**
 * "Test all failed connectors": the app's test-all run of the failed ones at this scope, as the
 * list's own button starts it with its Failed filter; the list, so filtered, shows it going.
 */
function useTestAllFailed(scope: Scope, go: (to: string) => void) {
  const testAll = useTestAll()
  return () => {
    const state = { q: '', status: 'failed', category: null, type: null, page: 1 } as const
    void testAll.testAll(scope, toListParams({ ...state, sort: DEFAULT_SORT }))
    go(withScope(paths.connectors, scope, { status: 'failed' }))
  }
}

/**
 * The command palette (Ctrl/Cmd+K, issue 25): jump to a page, connector, delegate or token, or
 * run an action, by keyboard. cmdk gives the combobox and its keys; our Radix dialog gives focus
 * handling. A lazy chunk: the shell loads it on first use (shell/command-launcher.tsx).
 */
export default function CommandPalette({
  open,
  onOpenChange,
  onShowShortcuts,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onShowShortcuts: () => void
}) {
  const scope = useScope()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [search, setSearch] = useState('')
  const [list, setList] = useState<SubList | null>(null)
  const [value, setValue] = useState('')
  const term = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS)
  const recent = useRecentItems(scope.accountId)

  const go = useCallback((to: string) => void navigate(to), [navigate])
  const forget = useCallback(
    (target: TestTarget) =>
      forgetRecent(scope.accountId, entityId('test', target.scope, target.identifier)),
    [scope.accountId],
  )
  const { test, dialog } = usePaletteTest(forget)
  const act = { go, test: (target: TestTarget) => void test(target) }
  const found = usePaletteSearch(scope, open && !list ? term : '', act)
  const ctx: CommandContext = {
    scope,
    pathname,
    go,
    theme: useShownTheme(),
    chosenTheme: useChosenTheme(),
    setTheme,
    runBusy: useRunBusy(),
    testAllFailed: useTestAllFailed(scope, go),
    showShortcuts: onShowShortcuts,
  }
  const groups = usePaletteGroups({ ctx, open, search, list, recent, found, test: act.test })
  const ids = groups.flatMap((g) => g.commands.filter((c) => !c.disabled).map((c) => c.id))
  // The first item is chosen until the admin moves: results arriving never leave none chosen.
  const selected = ids.includes(value) ? value : (ids[0] ?? '')
  const searching = (search.trim() !== term || found.searching) && !!search.trim()

  const close = () => {
    onOpenChange(false)
    setSearch('')
    setList(null)
  }
  const choose = (command: PaletteCommand) => {
    if (command.disabled) return
    if (command.opens) {
      setList(command.opens)
      setSearch('')
      return
    }
    rememberRecent(scope.accountId, { id: command.id, label: command.label })
    close()
    command.run?.()
  }

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={(next) => (next ? onOpenChange(true) : close())}
        title="Command palette"
        hideTitle
        className={styles.palette}
      >
        <PaletteView
          search={search}
          onSearch={setSearch}
          list={list}
          onBack={() => setList(null)}
          groups={groups}
          selected={selected}
          onSelected={setValue}
          onChoose={choose}
          searching={searching}
          error={found.error}
        />
      </Dialog>
      {dialog}
    </>
  )
}
