import { X } from 'lucide-react'
import { Link } from 'react-router'

import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { paths, withScope } from '@/lib/paths'

import styles from '../delegates.module.css'
import type { GroupFilters, useGroupFilters } from './use-group-filters'

type Set = ReturnType<typeof useGroupFilters>['set']

/**
 * The filters that come from a link elsewhere (the tokens page's "n delegate groups using …", a
 * connection test's delegate) and have no control in the toolbar: said in words, with a way out.
 * The button shows every delegate when that is what it does, else it drops just these filters.
 */
export function GroupFilterChip({
  filters,
  set,
  scope,
  groupName,
  others,
}: {
  filters: GroupFilters
  set: Set
  scope: Scope
  /** The name of the group `?group=` points at, when it is in the list. */
  groupName: string | undefined
  /** Whether any toolbar filter is on as well. */
  others: boolean
}) {
  const { token, group } = filters
  if (!token && !group) return null
  return (
    <div className={styles.filterChip}>
      <span>
        {token ? 'Showing delegates using token ' : 'Showing the delegate group '}
        <strong className={styles.name}>{token ?? groupName ?? group}</strong>
        {token && group ? (
          <>
            {' '}
            in the group <strong className={styles.name}>{groupName ?? group}</strong>
          </>
        ) : null}
      </span>
      <span className={styles.chipActions}>
        {group && groupName ? (
          <Link to={withScope(paths.delegateGroup(group), scope)}>Open {groupName}</Link>
        ) : null}
        <Button size="small" onClick={() => set({ token: null, group: null })}>
          <X size={14} aria-hidden />{' '}
          {!others
            ? 'Show all delegates'
            : token && group
              ? 'Remove these two filters'
              : `Remove the ${token ? 'token' : 'group'} filter`}
        </Button>
      </span>
    </div>
  )
}
