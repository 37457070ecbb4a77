import { Badge } from '@/components/ui/states'

import type { Destination } from '../lib/egress-plan'
import styles from './network.module.css'

function NeededBy({ destination: d }: { destination: Destination }) {
  if (d.connectors.length === 0) return <>{d.purposes.join('; ')}</>
  return (
    <ul className={styles.plainList}>
      {d.connectors.map((c) => (
        <li key={`${c.scope}/${c.identifier}`}>
          {c.name} <span className={styles.small}>({c.scope})</span>
        </li>
      ))}
      {d.inferred ? <li className={styles.small}>{d.purposes.join('; ')}</li> : null}
    </ul>
  )
}

/** The egress plan, one row per host and port. */
export function PlanTable({ destinations }: { destinations: Destination[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${styles.stacked}`} aria-label="Egress plan">
        <thead>
          <tr>
            <th scope="col">Destination</th>
            <th scope="col">Port</th>
            <th scope="col">Needed by</th>
            <th scope="col">Caveats</th>
          </tr>
        </thead>
        <tbody>
          {destinations.map((d) => (
            <tr key={`${d.host}:${d.port}:${d.protocol}`}>
              <td>
                <span className={styles.host}>{d.host}</span>
                {d.optional || d.inferred || d.kind === 'harness' ? (
                  <span className={styles.badges}>
                    {d.kind === 'harness' ? <Badge tone="info">Harness</Badge> : null}
                    {d.optional ? <Badge>Optional</Badge> : null}
                    {d.inferred ? <Badge tone="warning">Inferred</Badge> : null}
                  </span>
                ) : null}
              </td>
              <td style={{ whiteSpace: 'nowrap' }}>
                {d.protocol} {d.port}
              </td>
              <td data-label="Needed by">
                <NeededBy destination={d} />
              </td>
              <td
                className={styles.small}
                data-label="Caveats"
                data-empty={d.notes.length === 0 || undefined}
              >
                {d.notes.length > 0 ? (
                  <ul className={styles.plainList}>
                    {d.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
