import { useId } from 'react'

import { Badge } from '@/components/ui/states'

import { INFERRED_NOTE } from '../lib/connector-destinations'
import type { Destination } from '../lib/egress-plan'
import { HostName } from './host-name'
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

/** The caveats of one row, less the inferred one: the note above the table says that once. */
function Caveats({ destination: d }: { destination: Destination }) {
  const notes = d.notes.filter((n) => n !== INFERRED_NOTE)
  return (
    <td className={styles.small} data-label="Caveats" data-empty={notes.length === 0 || undefined}>
      {notes.length > 0 ? (
        <ul className={styles.plainList}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : (
        '—'
      )}
    </td>
  )
}

/**
 * The egress plan, one row per host and port. What "Inferred" means is said once, above the
 * table, rather than as the same caveat on every inferred row.
 */
export function PlanTable({ destinations }: { destinations: Destination[] }) {
  const noteId = useId()
  const anyInferred = destinations.some((d) => d.inferred)
  return (
    <>
      {anyInferred ? (
        <p id={noteId} className={styles.legend}>
          <Badge tone="warning">Inferred</Badge>
          <span>
            Hosts marked Inferred come from the connector's type and region, not from the connector
            itself: confirm them with the provider.
          </span>
        </p>
      ) : null}
      <div className={styles.tableWrap}>
        <table
          className={`${styles.table} ${styles.stacked}`}
          aria-label="Egress plan"
          aria-describedby={anyInferred ? noteId : undefined}
        >
          <thead>
            <tr>
              <th scope="col" className={styles.destinationColumn}>
                Destination
              </th>
              <th scope="col">Port</th>
              <th scope="col">Needed by</th>
              <th scope="col">Caveats</th>
            </tr>
          </thead>
          <tbody>
            {destinations.map((d) => (
              <tr key={`${d.host}:${d.port}:${d.protocol}`}>
                <td>
                  <HostName host={d.host} className={styles.host} />
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
                <Caveats destination={d} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
