import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'

import type { Scope } from '@/api/scope'
import { Card, CardBody } from '@/components/ui/page'
import { Badge, ErrorState, SkeletonRows } from '@/components/ui/states'
import { pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import { groupDependentsQuery } from '../api/group-dependents'
import { dependentsOf, groupKey, type Dependent } from '../lib/dependents'
import styles from './group-detail.module.css'

/**
 * What depends on the group: connectors whose selectors only this group carries (they fail when
 * it is down) and those another group could serve. From this scope and every scope below it.
 */
export function DependentsCard({ scope, identifier }: { scope: Scope; identifier: string }) {
  const query = useQuery(groupDependentsQuery(scope))
  return (
    <Card>
      <CardBody>
        <div className={styles.cardHead}>
          <h2 className={styles.cardTitle} id="dependents-title">
            What depends on it
          </h2>
        </div>
        {query.isPending ? (
          <SkeletonRows rows={3} label="Reading which connectors use this group" />
        ) : query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not read the connectors that use this group"
          />
        ) : (
          <DependentLists {...dependentsOf(groupKey(scope, identifier), query.data)} />
        )}
      </CardBody>
    </Card>
  )
}

function DependentLists({ only, fallback }: { only: Dependent[]; fallback: Dependent[] }) {
  const named = fallback.filter((d) => d.selectors.length)
  const any = fallback.filter((d) => !d.selectors.length)
  if (!only.length && !fallback.length)
    return (
      <p className={styles.lead}>
        No connector here or in the organizations and projects below sends its tasks to this group:
        none names selectors it carries. Deleting it or taking it down stops no connector.
      </p>
    )
  return (
    <>
      <p className={styles.lead}>
        Connectors of this scope and the scopes below it whose selectors this group carries. A
        connector with no selectors takes any delegate.
      </p>
      <h3 className={styles.subTitle}>Only this group serves them ({only.length})</h3>
      {only.length ? (
        <>
          <p className={styles.muted} style={{ margin: '0 0 var(--space-2)' }}>
            Their connection tests and tasks fail while this group is down.
          </p>
          <DependentList items={only} />
        </>
      ) : (
        <p className={styles.muted}>None: every connector that uses it has another group.</p>
      )}
      <h3 className={styles.subTitle}>Another group can take over ({fallback.length})</h3>
      {named.length ? <DependentList items={named} /> : null}
      {any.length ? (
        <details className={styles.more} style={{ marginTop: 'var(--space-2)' }}>
          <summary>
            {named.length ? 'And ' : ''}
            {pluralize(any.length, 'connector')} with no selectors, which take any delegate
          </summary>
          <DependentList items={any} />
        </details>
      ) : null}
      {fallback.length ? null : <p className={styles.muted}>None.</p>}
    </>
  )
}

function DependentList({ items }: { items: Dependent[] }) {
  return (
    <ul className={styles.list}>
      {items.map((d) => {
        const connected = d.others.filter((o) => o.connected)
        return (
          <li key={`${d.where}/${d.identifier}`} className={styles.listItem}>
            <Link
              className={styles.listName}
              to={withScope(paths.connector(d.identifier), d.scope)}
            >
              {d.name}
            </Link>
            {d.where ? <span className={styles.muted}>{d.where}</span> : null}
            <span className={styles.muted}>
              {d.selectors.length ? `Selectors: ${d.selectors.join(', ')}` : 'Any delegate'}
            </span>
            {d.others.length ? (
              <Badge tone={connected.length ? 'success' : 'warning'}>
                {connected.length
                  ? `Also ${connected.map((o) => o.name).join(', ')}`
                  : `${pluralize(d.others.length, 'other group')}, none connected`}
              </Badge>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
