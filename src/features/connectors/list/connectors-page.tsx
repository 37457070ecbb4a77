import { useQuery } from '@tanstack/react-query'
import { Download, Plus } from 'lucide-react'
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react'
import { Link } from 'react-router'

import { connectorQueries } from '@/api/queries/connectors'
import type { ConnectorResponse } from '@/api/schemas/connector'
import { Button, buttonClass } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows, StaleNotice } from '@/components/ui/states'
import { useKeyShortcut } from '@/hooks/use-key-shortcut'
import { useScope } from '@/hooks/use-scope'
import { formatCount } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'
import { CONNECTORS_PAGE } from './frame'
import { SavedViews } from '@/components/saved-views/saved-views'

import { ownScope } from '../api/test'
import { TestAllPanel } from '../health/test-all-panel'
import { useRunBusy } from '../health/test-run-store'
import { toTestItem, useTestAll, type TestAllItem } from '../health/use-test-all'
import { rowKey } from './connector-row'
import { ConnectorsTable } from './connectors-table'
import { ListFilters } from './list-filters'
import styles from './list.module.css'
import { SummaryStrip } from './summary-strip'
import { useOneClickTest } from './use-one-click-test'
import { hasFilters, toListParams, useListParams } from './use-list-params'

// The test dialog (Radix) loads with the first one-click test, not with the list.
const TestDialog = lazy(() =>
  import('../health/test-dialog').then((m) => ({ default: m.TestDialog })),
)
// The export dialog (and the writers behind it) loads when Export is pressed.
const ExportDialog = lazy(() =>
  import('./export-dialog').then((m) => ({ default: m.ExportDialog })),
)

/** Health badges refresh while the list is open (only here: STYLE.md principle 8). */
const POLL_MS = 30_000

export function ConnectorsPage() {
  const scope = useScope()
  const [state, setState] = useListParams()
  const params = useMemo(() => toListParams(state), [state])
  const list = useQuery({ ...connectorQueries.list(scope, params), refetchInterval: POLL_MS })
  // React Query hands new data to React as an urgent update, which would render the whole table in
  // one task; deferred, React renders the rows in slices and the page stays responsive.
  const data = useDeferredValue(list.data)
  const [selected, setSelected] = useState<Map<string, TestAllItem>>(new Map())
  const [exporting, setExporting] = useState(false)
  // Mounted from the first Export on and kept (so focus goes back to Export on close); a new key
  // each time starts it from the current selection.
  const [exportKey, setExportKey] = useState(0)
  const testAll = useTestAll()
  const oneClick = useOneClickTest()
  // Any run, at any scope: one runs at a time. Only a change of this re-renders the page, not
  // each step of the run's progress.
  const busy = useRunBusy()
  const { start: startOneClick } = oneClick

  // Stable, so a row renders again only when its own data changes (memo in connector-row.tsx).
  const select = useCallback(
    (rows: ConnectorResponse[], on: boolean) =>
      setSelected((previous) => {
        const next = new Map(previous)
        for (const row of rows) {
          if (on) next.set(rowKey(row.connector), toTestItem(scope.accountId, row))
          else next.delete(rowKey(row.connector))
        }
        return next
      }),
    [scope.accountId],
  )
  const testOne = useCallback(
    (row: ConnectorResponse) =>
      startOneClick(row.connector, ownScope(scope.accountId, row.connector)),
    [startOneClick, scope.accountId],
  )
  const selectedKeys = useMemo(() => new Set(selected.keys()), [selected])
  // `t` tests the row that has focus (its name, checkbox or buttons), as its Test button does.
  useKeyShortcut('t', (event) => {
    const key = (event.target as Element)
      .closest?.('tr[data-row-key]')
      ?.getAttribute('data-row-key')
    const row = key ? data?.content.find((r) => rowKey(r.connector) === key) : undefined
    if (!row || oneClick.testingKey === key) return false
    testOne(row)
  })
  const total = data?.totalItems ?? 0
  // Nothing at this scope at all: the empty state alone, not zero counts and filters above it
  // (on a phone those pushed it below the fold).
  const emptyScope = !!data && total === 0 && !hasFilters(state) && state.page <= 1

  return (
    <Page
      {...CONNECTORS_PAGE}
      actions={
        <>
          {selected.size ? (
            <>
              <Button variant="ghost" onClick={() => setSelected(new Map())}>
                Clear selection
              </Button>
              <Button
                disabled={busy}
                onClick={() => void testAll.testSome(scope, [...selected.values()])}
              >
                Test selected ({selected.size})
              </Button>
            </>
          ) : null}
          {emptyScope ? null : (
            <Button
              data-tour="test-all"
              disabled={busy || !total}
              onClick={() => void testAll.testAll(scope, params)}
            >
              {hasFilters(state) ? `Test all ${formatCount(total)} shown` : 'Test all'}
            </Button>
          )}
          {emptyScope ? null : (
            <Button
              disabled={!total && !selected.size}
              onClick={() => {
                setExportKey((k) => k + 1)
                setExporting(true)
              }}
            >
              <Download size={16} aria-hidden /> Export
            </Button>
          )}
          <Link to={withScope(paths.newConnector, scope)} className={buttonClass('primary')}>
            <Plus size={16} aria-hidden /> New connector
          </Link>
          {exportKey ? (
            <Suspense fallback={null}>
              <ExportDialog
                key={exportKey}
                open={exporting}
                onOpenChange={setExporting}
                scope={scope}
                params={params}
                filtered={hasFilters(state)}
                shown={total}
                selected={[...selected.values()]}
              />
            </Suspense>
          ) : null}
        </>
      }
    >
      {emptyScope ? null : <SummaryStrip scope={scope} state={state} onChange={setState} />}
      <TestAllPanel scope={scope} onRetry={(items) => void testAll.testSome(scope, items)} />
      <Card>
        <div className={styles.listBody}>
          {emptyScope ? null : (
            <>
              <SavedViews list="connectors" path={paths.connectors} />
              <ListFilters state={state} onChange={setState} />
            </>
          )}
          {data === undefined && !list.isError ? (
            <SkeletonRows rows={8} label="Loading connectors" />
          ) : null}
          {list.isError && data !== undefined ? (
            <StaleNotice
              error={list.error}
              updatedAt={list.dataUpdatedAt}
              onRetry={() => void list.refetch()}
              what="connectors"
            />
          ) : list.isError ? (
            <ErrorState
              error={list.error}
              onRetry={() => void list.refetch()}
              title="Could not load the connectors"
            />
          ) : null}
          {data && data.content.length === 0 ? (
            state.page > 1 && data.totalItems > 0 ? (
              <EmptyState
                title={`There is no page ${state.page}`}
                action={<Button onClick={() => setState({ page: 1 })}>Go to page 1</Button>}
              >
                The list has {data.totalPages} {data.totalPages === 1 ? 'page' : 'pages'}.
              </EmptyState>
            ) : hasFilters(state) ? (
              <EmptyState
                title="No connector matches"
                action={
                  <Button
                    onClick={() => setState({ q: '', status: null, category: null, type: null })}
                  >
                    Clear filters
                  </Button>
                }
              >
                Try another search or filter.
              </EmptyState>
            ) : (
              <EmptyState
                title="No connectors at this scope yet"
                action={
                  <Link
                    to={withScope(paths.newConnector, scope)}
                    className={buttonClass('primary')}
                  >
                    New connector
                  </Link>
                }
              >
                Connectors link Harness to your code, artifacts, clouds, secret managers and
                monitoring tools.
              </EmptyState>
            )
          ) : null}
          {data && data.content.length > 0 ? (
            <ConnectorsTable
              page={data}
              accountId={scope.accountId}
              selected={selectedKeys}
              onSelect={select}
              oneClickKey={oneClick.testingKey}
              onTest={testOne}
              sort={state.sort}
              onSort={(sort) => setState({ sort })}
              onPage={(page) => setState({ page })}
              fetching={list.isFetching}
            />
          ) : null}
        </div>
      </Card>
      {/* Once the rows are in: drawn under the loading placeholder, it would be pushed down. */}
      {data && !emptyScope ? (
        <p className={styles.footnote}>
          Test history shows the tests run from this browser and the Manager’s latest result for
          each connector.
        </p>
      ) : null}
      {oneClick.dialog !== null ? (
        <Suspense fallback={null}>
          <TestDialog state={oneClick.dialog} onClose={oneClick.close} onRetry={oneClick.retry} />
        </Suspense>
      ) : null}
    </Page>
  )
}
