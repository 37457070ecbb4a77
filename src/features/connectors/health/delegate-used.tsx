import { useQueries } from '@tanstack/react-query'
import { Link } from 'react-router'

import { delegateQueries } from '@/api/queries/delegates'
import type { DelegateGroup } from '@/api/schemas/delegate'
import { scopeAndParents, type Scope } from '@/api/scope'
import { paths, withScope } from '@/lib/paths'

function findInstance(groups: readonly DelegateGroup[], delegateId: string) {
  for (const group of groups) {
    const instance = group.delegateInstanceDetails?.find((i) => i.uuid === delegateId)
    if (instance) return { group, instance }
    if (group.delegateGroupIdentifier === delegateId || group.groupId === delegateId)
      return { group, instance: null }
  }
  return null
}

/**
 * "Ran on delegate k8s-prod-east (instance k8s-prod-east-7c9f…)", linking to the group on the
 * Delegates page. ConnectorValidationResult only has the instance id (`delegateId`), so the
 * group listings of the connector's scope and its parents are read to name it.
 */
export function DelegateUsed({ delegateId, scope }: { delegateId: string; scope: Scope }) {
  // The connector's scope and its parents: a test may run on a delegate of any of them.
  const scopes = scopeAndParents(scope)
  const listings = useQueries({
    queries: scopes.map((s) => ({ ...delegateQueries.groups(s), staleTime: 60_000 })),
  })
  const index = listings.findIndex((q) => q.data && findInstance(q.data, delegateId))
  const found = index >= 0 ? findInstance(listings[index].data ?? [], delegateId) : null
  if (!found) {
    if (listings.some((q) => q.isPending)) return <>Ran on a delegate (looking up its name…)</>
    return (
      <>
        Ran on a delegate this console cannot name (id <code>{delegateId}</code>): it is not in the
        delegate groups you can see.
      </>
    )
  }
  const { group, instance } = found
  const name = group.groupName ?? group.delegateGroupIdentifier ?? delegateId
  // The group's own page, at the group's scope (a project's test may run on an account delegate).
  const to = group.delegateGroupIdentifier
    ? withScope(paths.delegateGroup(group.delegateGroupIdentifier), scopes[index])
    : withScope(paths.delegates, scopes[index])
  return (
    <>
      Ran on delegate <Link to={to}>{name}</Link>
      {instance?.hostName ? (
        <>
          {' '}
          (instance <code>{instance.hostName}</code>)
        </>
      ) : null}
      .
    </>
  )
}
