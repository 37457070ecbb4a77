import { ExternalLink } from 'lucide-react'
import { Link } from 'react-router'

import { hasAddressField, portsForAddress } from '@/catalog/ports'
import type { PortHint, Provider } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { CopyBlock } from './copy-block'
import styles from './shared.module.css'

/**
 * What to allow when Harness lists no port: the URL's, for a provider whose form asks for one;
 * otherwise only that none is listed (a form without an address has no URL to follow).
 */
function noListedPort(provider: Provider) {
  return hasAddressField(provider)
    ? 'The port of the URL entered: the one written in it, else 443 for https:// and 80 for http://.'
    : `Harness lists no port for ${provider.label}: allow the one its endpoint uses.`
}

export function PortList({
  ports,
  label,
  provider,
}: {
  ports: PortHint[]
  label: string
  provider: Provider
}) {
  if (!ports.length) return <p className={styles.note}>{noListedPort(provider)}</p>
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

const TABLE = 'Harness docs, “Permissions and Ports for Harness Connections”'
const OLDER = '“Delegate Connection Requirements” (older page)'

/** The small print under the panel: where each hint comes from. */
function sourceOf(provider: Provider, fromAddress: boolean) {
  const { hints } = provider
  const parts = [
    hints.unlisted ? 'not listed in the Harness docs’ permissions and ports table' : TABLE,
    hints.olderPorts?.length || hints.olderNotes?.length ? OLDER : null,
    hints.sourceNote ?? null,
    fromAddress ? 'the port shown follows the URL entered' : null,
  ]
  return `Source: ${parts.filter(Boolean).join('; ')}.`
}

interface HintsPanelProps {
  provider: Provider
  /** Who connects to the target: a delegate (outbound rule) or Harness itself (inbound rule). */
  connection?: 'delegate' | 'platform'
  /** The URL or host entered, so the ports follow it. */
  address?: string
}

/**
 * "What this connector needs": permissions, ports and reference links from the Harness
 * permissions-and-ports table (seed 001) and the older page (seed 000), written for an admin, with
 * where each comes from in a small Source line.
 */
export function HintsPanel({ provider, connection, address }: HintsPanelProps) {
  const { hints } = provider
  const scope = useScope()
  const by = connection ?? (provider.noDelegateSelectors ? 'platform' : 'delegate')
  const derived = portsForAddress(provider, address)
  const hasAddress = hasAddressField(provider)
  const target = derived.host ?? (hasAddress ? `the ${provider.label} server` : provider.label)
  // Other ports some setups use: until a URL says which port it is; then that one is the answer.
  const older =
    derived.from === 'provider'
      ? (hints.olderPorts ?? []).filter((o) => !derived.ports.some((p) => p.port === o.port))
      : []
  // Harness reaches a SaaS API (Slack, Teams, Zoom) from its platform: no rule on your network.
  const nothingToOpen = by === 'platform' && !hasAddress && !derived.ports.length
  const olderText = older
    .map((p) => `${p.port} ${p.protocol}${p.note ? ` (${p.note})` : ''}`)
    .join(', ')
  return (
    <aside className={styles.panel} aria-labelledby="hints-title" data-tour="connector-hints">
      <h2 id="hints-title" className={styles.panelTitle}>
        What this connector needs
      </h2>
      <section className={styles.section}>
        <h3 className={styles.sectionTitle}>Permissions</h3>
        {hints.permissions.length ? (
          <ul className={styles.list}>
            {hints.permissions.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.note}>
            Harness names no minimum role for {provider.label}: give the credential only what your
            pipelines use.
          </p>
        )}
      </section>
      <section className={styles.section}>
        <h3 className={styles.sectionTitle}>
          {by === 'delegate'
            ? 'Ports (outbound from the delegate)'
            : nothingToOpen
              ? 'Ports'
              : 'Ports (inbound from Harness)'}
        </h3>
        {by === 'delegate' ? (
          <p className={styles.note}>Allow the delegate to connect out to {target} on:</p>
        ) : !nothingToOpen ? (
          <p className={styles.note}>
            Harness connects to {target} from its own platform, not through a delegate. If it is
            behind a firewall, allow inbound from the{' '}
            <Link to={withScope(paths.network, scope)}>Harness platform IPs</Link> on:
          </p>
        ) : (
          <p className={styles.note}>
            Harness connects to {provider.label} from its own platform, not through a delegate:
            nothing to open for a delegate.
          </p>
        )}
        {nothingToOpen ? null : (
          <PortList ports={derived.ports} label={`${provider.label} ports`} provider={provider} />
        )}
        {older.length ? (
          <p className={styles.note}>
            {hasAddress
              ? `Some ${provider.label} setups use ${olderText}: the URL entered tells which.`
              : `Some setups also need ${olderText}.`}
          </p>
        ) : null}
      </section>
      {hints.notes?.length || hints.olderNotes?.length ? (
        <section className={styles.section}>
          <h3 className={styles.sectionTitle}>Notes</h3>
          <ul className={styles.list}>
            {[...(hints.notes ?? []), ...(hints.olderNotes ?? [])].map((n) => (
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
      <p className={styles.source}>{sourceOf(provider, derived.from !== 'provider')}</p>
    </aside>
  )
}
