import type { DelegateTokenRow } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'

import styles from '../delegates.module.css'
import { TokenRow } from './token-row'

interface Props {
  scope: Scope
  rows: DelegateTokenRow[]
  now: number
  onRevoke: (name: string) => void
  onDelete: (name: string) => void
}

export function TokenTable({ scope, rows, now, onRevoke, onDelete }: Props) {
  return (
    <div className={styles.tableWrap}>
      <table
        className={`${styles.table} ${styles.cards}`}
        aria-label="Delegate tokens"
        data-tour="token-table"
      >
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((token) => (
            <TokenRow
              key={token.name}
              scope={scope}
              token={token}
              now={now}
              onRevoke={onRevoke}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
