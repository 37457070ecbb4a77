import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'

import styles from '../delegates.module.css'
import { GroupRow } from './group-row'

/** The groups as a table; on a phone each row is a card (`styles.cards`). */
export function GroupTable({
  rows,
  scope,
  now,
  latest,
}: {
  rows: DelegateGroup[]
  scope: Scope
  now: number
  latest: string | null | undefined
}) {
  return (
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
            <GroupRow
              key={g.delegateGroupIdentifier ?? g.groupId}
              group={g}
              scope={scope}
              now={now}
              latest={latest}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
