import { TriangleAlert } from 'lucide-react'
import { Link } from 'react-router'

import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { Badge } from '@/components/ui/states'
import { formatDateTime, formatRelative, pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import { typeLabel } from '../lib/delegate-type'
import { isBehind, versionState } from '../lib/versions'
import styles from '../delegates.module.css'
import { GROUP_STATES, groupState, groupVersionOf } from './group-state'

const DAY = 86_400_000

/** One delegate group; `now` ticks so "last heartbeat" stays current between refetches. */
export function GroupRow({
  group,
  scope,
  now,
  latest,
}: {
  group: DelegateGroup
  scope: Scope
  now: number
  /** The latest supported delegate version, when known. */
  latest: string | null | undefined
}) {
  const state = groupState(group)
  const status = GROUP_STATES.find((s) => s.state === state) ?? {
    tone: 'neutral' as const,
    label: group.connectivityStatus ?? 'Unknown',
  }
  const instances = group.delegateInstanceDetails ?? []
  const connected = instances.filter((i) => i.activelyConnected).length
  const selectors = group.groupCustomSelectors ?? []
  const id = group.delegateGroupIdentifier
  const name = group.groupName ?? id
  const version = groupVersionOf(group)
  const behind = !!latest && isBehind(version, latest)
  const expiry = versionState(version, latest, now, group.delegateGroupExpirationTime)
  return (
    <tr>
      <th scope="row">
        {id ? (
          <Link className={styles.name} to={withScope(paths.delegateGroup(id), scope)}>
            {name}
          </Link>
        ) : (
          <span className={styles.name}>{name}</span>
        )}
        {group.delegateDescription ? (
          <span className={styles.muted} style={{ display: 'block' }}>
            {group.delegateDescription}
          </span>
        ) : null}
        {selectors.length ? (
          <span className={styles.muted} style={{ display: 'block' }}>
            Selectors: {selectors.join(', ')}
          </span>
        ) : null}
        {group.tokenActive === false ? (
          <span className={styles.warningText}>
            <TriangleAlert size={14} aria-hidden /> Runs on a revoked token: install it with an
            active one
          </span>
        ) : null}
      </th>
      <td data-label="Type">{typeLabel(group.delegateType)}</td>
      <td data-label="Connectivity">
        <Badge tone={status.tone} dot>
          {status.label}
        </Badge>
      </td>
      <td
        className={styles.muted}
        data-label="Last heartbeat"
        title={formatDateTime(group.lastHeartBeat)}
      >
        {formatRelative(group.lastHeartBeat, now)}
      </td>
      <td className={styles.muted} data-label="Version">
        <span className={styles.versionCell}>
          {version ?? '—'}
          {behind ? (
            // groupVersion is the oldest connected instance's: "behind" says no more than that.
            <Badge tone="warning">
              Upgrade needed<span className="visually-hidden"> (latest supported {latest})</span>
            </Badge>
          ) : null}
          {expiry.expired ? (
            <Badge tone="danger">Expired</Badge>
          ) : expiry.expiringSoon && expiry.expiresAt ? (
            <Badge tone="warning">
              Expires in {pluralize(Math.max(1, Math.ceil((expiry.expiresAt - now) / DAY)), 'day')}
            </Badge>
          ) : null}
        </span>
      </td>
      <td className={styles.muted} data-label="Instances">
        {connected} of {instances.length} connected
      </td>
    </tr>
  )
}
