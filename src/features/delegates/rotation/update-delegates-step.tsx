import { useQuery } from '@tanstack/react-query'
import { CheckCircle2 } from 'lucide-react'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { Notice } from '@/components/ui/page'
import { ErrorState, SkeletonRows } from '@/components/ui/states'
import { pluralize } from '@/lib/format'

import { isMockBackend } from '../lib/mock-manager'
import styles from '../delegates.module.css'
import { GroupUpdateCard } from './group-update-card'

/** Delegates report their token by heartbeat; poll until none is left on the old one. */
const WATCH_MS = 5_000

interface Props {
  scope: Scope
  oldName: string
  newName: string
  value: string | null
  updated: string[]
  onConfirm: (groupId: string) => void
}

/** Step 2: per delegate still on the old token, the doc's steps with the new value filled in. */
export function UpdateDelegatesStep({ scope, oldName, newName, value, updated, onConfirm }: Props) {
  const onOld = useQuery({
    ...delegateQueries.groupsUsingToken(scope, oldName),
    refetchInterval: WATCH_MS,
  })
  const onNew = useQuery({
    ...delegateQueries.groupsUsingToken(scope, newName),
    refetchInterval: WATCH_MS,
  })
  if (onOld.isPending)
    return <SkeletonRows rows={3} label="Finding the delegates on the old token" />
  if (onOld.isError) return <ErrorState error={onOld.error} onRetry={() => void onOld.refetch()} />
  const remaining = onOld.data
  return (
    <div style={{ display: 'grid', gap: 16, marginTop: 12 }}>
      <p role="status" aria-live="polite">
        {remaining.length ? (
          <>
            <strong>{pluralize(remaining.length, 'delegate group')}</strong> still on {oldName}.
          </>
        ) : (
          <span className={styles.ok}>
            <CheckCircle2 size={16} aria-hidden /> No delegate uses {oldName} any more.
          </span>
        )}
        {onNew.data ? (
          <>
            {' '}
            {pluralize(onNew.data.length, 'delegate group')} on {newName}.
          </>
        ) : null}
      </p>
      {isMockBackend() ? null : (
        <Notice tone="info">
          After you update a delegate, it moves to {newName} when it next connects; this list
          refreshes every few seconds.
        </Notice>
      )}
      {remaining.map((group) => {
        const id = group.delegateGroupIdentifier ?? ''
        return (
          <GroupUpdateCard
            key={id}
            group={group}
            value={value}
            confirmed={updated.includes(id)}
            onConfirm={() => onConfirm(id)}
          />
        )
      })}
    </div>
  )
}
