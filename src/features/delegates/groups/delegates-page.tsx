import { useQuery } from '@tanstack/react-query'
import { Server, X } from 'lucide-react'
import { Link } from 'react-router'

import { delegateQueries } from '@/api/queries/delegates'
import { Button, buttonClass } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { useUrlParams } from '@/hooks/use-url-params'
import { paths, withScope } from '@/lib/paths'

import { useNow } from '../lib/use-now'
import styles from '../delegates.module.css'
import { GroupRow } from './group-row'

/** How often the list refreshes while open: delegates beat about every 30 s. */
const REFRESH_MS = 20_000

/**
 * Delegate groups with connectivity and heartbeats; `?token=name` narrows to one token's delegates,
 * `?group=identifier` to one group (a connection test's result links there).
 */
export function DelegatesPage() {
  const scope = useScope()
  const now = useNow(15_000)
  const [params, update] = useUrlParams()
  const token = params.get('token')
  const group = params.get('group')
  const groups = useQuery({ ...delegateQueries.groups(scope), refetchInterval: REFRESH_MS })
  // The group listing has no token names (REFERENCE.md §9.9): ask which groups use the token.
  const using = useQuery({
    ...delegateQueries.groupsUsingToken(scope, token ?? ''),
    enabled: !!token,
    refetchInterval: REFRESH_MS,
  })
  const ids = new Set(using.data?.map((g) => g.delegateGroupIdentifier))
  const rows = (groups.data ?? [])
    .filter((g) => !token || ids.has(g.delegateGroupIdentifier))
    .filter((g) => !group || g.delegateGroupIdentifier === group)
  const clearFilter = () => update({ token: null, group: null }, { replace: true })
  const error = groups.error ?? using.error

  return (
    <Page
      title="Delegates"
      breadcrumb="Setup / Delegates"
      subtitle="Delegate groups at this scope, with their connectivity and last heartbeat. The list refreshes on its own."
      actions={
        <Link className={buttonClass()} to={withScope(paths.delegateTokens, scope)}>
          Delegate tokens
        </Link>
      }
    >
      <Card>
        {token || group ? (
          <div className={styles.filterChip}>
            <span>
              {token ? 'Showing delegates using token ' : 'Showing the delegate group '}
              <strong className={styles.name}>{token ?? rows[0]?.groupName ?? group}</strong>
            </span>
            <Button size="small" onClick={clearFilter}>
              <X size={14} aria-hidden /> Show all delegates
            </Button>
          </div>
        ) : null}
        {groups.isPending || (token && using.isPending) ? (
          <SkeletonRows rows={4} label="Loading delegates" />
        ) : error ? (
          <ErrorState
            error={error}
            onRetry={() => void (groups.refetch(), using.refetch())}
            title="Could not load the delegates"
          />
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<Server size={22} />}
            title={
              token
                ? `No delegate uses ${token}`
                : group
                  ? `No delegate group ${group} at this scope`
                  : 'No delegates at this scope'
            }
            action={
              <Link className={buttonClass('primary')} to={withScope(paths.installers, scope)}>
                Install a delegate
              </Link>
            }
          >
            <p>
              {token
                ? 'Nothing will disconnect if you revoke this token.'
                : 'Install a delegate so Harness can reach your infrastructure.'}
            </p>
          </EmptyState>
        ) : (
          <div className={styles.tableWrap}>
            <table className={`${styles.table} ${styles.cards}`} aria-label="Delegate groups">
              <thead>
                <tr>
                  <th scope="col">Delegate</th>
                  <th scope="col">Type</th>
                  <th scope="col">Connectivity</th>
                  <th scope="col">Last heartbeat</th>
                  <th scope="col">Version</th>
                  <th scope="col">Instances</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => (
                  <GroupRow key={g.delegateGroupIdentifier ?? g.groupId} group={g} now={now} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </Page>
  )
}
