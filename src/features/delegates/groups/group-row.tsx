import { TriangleAlert } from 'lucide-react'

import type { DelegateGroup } from '@/api/schemas/delegate'
import { Badge, type Tone } from '@/components/ui/states'
import { formatDateTime, formatRelative } from '@/lib/format'

import { typeLabel } from '../lib/delegate-type'
import styles from '../delegates.module.css'

const CONNECTIVITY: Record<string, { tone: Tone; label: string }> = {
  connected: { tone: 'success', label: 'Connected' },
  'partially connected': { tone: 'warning', label: 'Partially connected' },
  disconnected: { tone: 'danger', label: 'Disconnected' },
}

/** One delegate group; `now` ticks so "last heartbeat" stays current between refetches. */
export function GroupRow({ group, now }: { group: DelegateGroup; now: number }) {
  const status = CONNECTIVITY[(group.connectivityStatus ?? '').toLowerCase()] ?? {
    tone: 'neutral',
    label: group.connectivityStatus ?? 'Unknown',
  }
  const instances = group.delegateInstanceDetails ?? []
  const connected = instances.filter((i) => i.activelyConnected).length
  const selectors = group.groupCustomSelectors ?? []
  return (
    <tr>
      <th scope="row">
        <span className={styles.name}>{group.groupName ?? group.delegateGroupIdentifier}</span>
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
        {group.groupVersion ?? group.delegateVersion ?? '—'}
      </td>
      <td className={styles.muted} data-label="Instances">
        {connected} of {instances.length} connected
      </td>
    </tr>
  )
}
