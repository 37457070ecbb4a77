import { useQuery } from '@tanstack/react-query'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { pluralize } from '@/lib/format'

import styles from '../delegates.module.css'

/** Step 3: revoke once nothing uses the old token (or knowingly, naming what disconnects). */
export function RevokeOldStep({
  scope,
  oldName,
  ready,
  onRevoke,
}: {
  scope: Scope
  oldName: string
  ready: boolean
  onRevoke: () => void
}) {
  const onOld = useQuery({ ...delegateQueries.groupsUsingToken(scope, oldName), enabled: ready })
  const left = onOld.data?.length ?? 0
  if (!ready)
    return <p className={styles.muted}>Once your delegates use the new token, revoke {oldName}.</p>
  return (
    <div style={{ display: 'grid', gap: 12, marginTop: 12, justifyItems: 'start' }}>
      <p>
        {left
          ? `${pluralize(left, 'delegate group')} still ${left === 1 ? 'uses' : 'use'} ${oldName} and will disconnect if you revoke it now.`
          : `Nothing uses ${oldName} any more. Revoke it so it can no longer connect a delegate.`}
      </p>
      <Button variant={left ? 'default' : 'danger'} onClick={onRevoke}>
        Revoke {oldName}
      </Button>
    </div>
  )
}
