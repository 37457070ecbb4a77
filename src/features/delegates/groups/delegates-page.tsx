import { Link } from 'react-router'

import { buttonClass } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { ErrorState, SkeletonRows, StaleNotice } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { SavedViews } from '@/components/saved-views/saved-views'
import { pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import { useNow } from '../lib/use-now'
import styles from '../delegates.module.css'
import { GroupCounts } from './group-counts'
import { NoDelegates, NoMatch } from './group-empty'
import { GroupFilterChip } from './group-filter-chip'
import { GroupTable } from './group-table'
import { GroupToolbar } from './group-toolbar'
import { hasFilters, NO_FILTERS, useGroupFilters } from './use-group-filters'
import { useGroupList } from './use-group-list'

/**
 * Delegate groups with connectivity, heartbeats and versions: counts per state for the scope,
 * search and filters in the URL (`use-group-filters.ts`). `?token=name` narrows to one token's
 * delegates, `?group=identifier` to one group (a connection test's result links there).
 */
export function DelegatesPage() {
  const scope = useScope()
  const now = useNow(15_000)
  const { filters, set } = useGroupFilters()
  const list = useGroupList(scope, filters)
  const { all, rows, type } = list
  // Filters and counts only when there is something to filter: an empty scope shows its empty state.
  const showFilters = !list.error && all.length > 0
  const onlyToken = filters.token && !hasFilters({ ...filters, token: null }, type)

  return (
    <Page
      title="Delegates"
      breadcrumb="Setup / Delegates"
      subtitle="Delegate groups at this scope, with their connectivity, last heartbeat and version. The list refreshes on its own."
      actions={
        <Link className={buttonClass()} to={withScope(paths.delegateTokens, scope)}>
          Delegate tokens
        </Link>
      }
    >
      <Card>
        {showFilters ? (
          <>
            <SavedViews list="delegates" path={paths.delegates} />
            <GroupCounts counts={list.counts} filters={filters} set={set} latest={list.latest} />
            <GroupToolbar
              filters={filters}
              set={set}
              types={list.types}
              type={type}
              filtered={list.filtered}
            />
            <GroupFilterChip
              filters={filters}
              set={set}
              scope={scope}
              groupName={
                all.find((g) => g.delegateGroupIdentifier === filters.group)?.groupName ?? undefined
              }
              others={hasFilters({ ...filters, token: null, group: null }, type)}
            />
            {/* Always there, so a screen reader hears the count change as filters change. */}
            <p className={styles.shown} role="status">
              {list.filtered && !list.waiting
                ? `Showing ${rows.length} of ${pluralize(all.length, 'group')}`
                : ''}
            </p>
          </>
        ) : null}
        {list.stale ? (
          <StaleNotice
            error={list.error}
            updatedAt={list.updatedAt}
            onRetry={list.retry}
            what="delegates"
          />
        ) : null}
        {list.error && !list.stale ? (
          <ErrorState
            error={list.error}
            onRetry={list.retry}
            title="Could not load the delegates"
          />
        ) : list.waiting ? (
          <SkeletonRows rows={4} label="Loading delegates" />
        ) : all.length === 0 ? (
          <NoDelegates scope={scope} />
        ) : rows.length === 0 ? (
          <NoMatch
            total={all.length}
            onlyToken={onlyToken ? filters.token : null}
            onClear={() => set(NO_FILTERS)}
          />
        ) : (
          <GroupTable rows={rows} scope={scope} now={now} latest={list.latest} />
        )}
      </Card>
    </Page>
  )
}
