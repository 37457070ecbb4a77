import { useQuery } from '@tanstack/react-query'

import { connectorQueries } from '@/api/queries/connectors'
import type { Scope } from '@/api/scope'
import { Skeleton } from '@/components/ui/states'

import { entityCount, groupUsages, kindCount } from './usage-groups'

/**
 * "4 entities: 2 pipelines, 1 service, 1 template" for the detail page: the same read
 * the delete dialog shows in full, so opening the dialog after it costs nothing.
 */
export function UsedBy({ scope, identifier }: { scope: Scope; identifier: string }) {
  const usages = useQuery(connectorQueries.usages(scope, identifier))
  if (usages.isPending) return <Skeleton width={160} />
  if (usages.isError) return <>Could not check where it is used</>
  const total = usages.data.totalItems
  if (total === 0) return <>Nothing Harness knows of</>
  const kinds = groupUsages(usages.data.content).map(kindCount).join(', ')
  return (
    <>
      {entityCount(total)}
      {total === usages.data.content.length ? `: ${kinds}` : null}
    </>
  )
}
