import type { UseQueryResult } from '@tanstack/react-query'
import { CheckCircle2 } from 'lucide-react'

import { describeError } from '@/api/errors'
import type { PageResponse } from '@/api/schemas/common'
import type { EntitySetupUsage } from '@/api/schemas/setup-usage'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'

import styles from './delete.module.css'
import { entityCount } from './usage-groups'
import { UsageList } from './usage-list'

/** Where the connector is used, as the Manager's entity setup usage list says: every state of it. */
export function UsagePanel({ usages }: { usages: UseQueryResult<PageResponse<EntitySetupUsage>> }) {
  if (usages.isPending) return <SkeletonRows rows={3} label="Checking where it is used" />
  // A failed re-read keeps what was read before: show that rather than the failure.
  if (usages.data === undefined)
    return (
      <Notice tone="warning">
        Could not check where it is used. {describeError(usages.error)} The Manager still refuses to
        delete a connector that is in use, and the reason will show here.
        <div className={styles.retry}>
          <Button size="small" onClick={() => void usages.refetch()}>
            Try again
          </Button>
        </div>
      </Notice>
    )
  const total = usages.data.totalItems
  if (total === 0)
    return (
      <Notice tone="success" icon={<CheckCircle2 size={16} aria-hidden />}>
        Not used anywhere Harness knows of: no pipeline, service, environment, template, secret or
        other connector refers to it.
      </Notice>
    )
  return (
    <>
      <Notice tone="warning">
        Used by {entityCount(total)}. The Manager does not delete a connector that is in use.
      </Notice>
      <UsageList usages={usages.data.content} total={total} />
    </>
  )
}
