import { ExternalLink } from 'lucide-react'

import type { PortHint, Provider } from '@/catalog/types'

import { CopyBlock } from './copy-block'
import styles from './shared.module.css'

export function PortList({ ports, label }: { ports: PortHint[]; label: string }) {
  if (!ports.length)
    return <p className={styles.note}>No port is listed for this provider in the Harness tables.</p>
  return (
    <ul
      className={styles.ports}
      aria-label={label}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {ports.map((p) => (
        <li key={`${p.protocol}-${p.port}-${p.note ?? ''}`} className={styles.port}>
          <span className={styles.portNumber}>{p.port}</span>
          <span>{p.protocol}</span>
          {p.note ? <span className={styles.note}>{p.note}</span> : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * "What this connector needs": permissions, ports and reference links exactly as the Harness
 * permissions-and-ports table (seed 001) gives them, with the older page's values (seed 000) noted.
 */
export function HintsPanel({ provider }: { provider: Provider }) {
  const { hints } = provider
  return (
    <aside className={styles.panel} aria-labelledby="hints-title" data-tour="connector-hints">
      <h2 id="hints-title" className={styles.panelTitle}>
        What this connector needs
      </h2>
      {provider.createInstead ? <p>{provider.createInstead}</p> : null}
      <section className={styles.section}>
        <h3 className={styles.sectionTitle}>Permissions</h3>
        {hints.permissions.length ? (
          <ul className={styles.list}>
            {hints.permissions.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.note}>The Harness tables list no specific permission.</p>
        )}
      </section>
      <section className={styles.section}>
        <h3 className={styles.sectionTitle}>Ports (outbound from the delegate)</h3>
        <PortList ports={hints.ports} label={`${provider.label} ports`} />
        {hints.olderPorts?.length ? (
          <p className={styles.note}>
            The older requirements page listed:{' '}
            {hints.olderPorts.map((p) => `${p.port} ${p.protocol}`).join(', ')}.
          </p>
        ) : null}
      </section>
      {hints.notes?.length ? (
        <section className={styles.section}>
          <h3 className={styles.sectionTitle}>Notes</h3>
          <ul className={styles.list}>
            {hints.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {hints.policySnippet ? (
        <section className={styles.section}>
          {/* The title is a sentence of guidance: it reads badly in the uppercase section style. */}
          <h3 className={styles.sectionTitle}>Least-privilege policy</h3>
          <p className={styles.note}>{hints.policySnippet.title}</p>
          <CopyBlock text={hints.policySnippet.content} label="least-privilege policy" />
        </section>
      ) : null}
      {hints.references.length ? (
        <section className={styles.section}>
          <h3 className={styles.sectionTitle}>Provider references</h3>
          <ul className={styles.list}>
            {hints.references.map((r) => (
              <li key={r.url}>
                <a href={r.url} target="_blank" rel="noreferrer noopener">
                  {r.label} <ExternalLink size={12} aria-hidden />
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  )
}
