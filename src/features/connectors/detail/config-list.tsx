import type { ConnectorInfo } from '@/api/schemas/connector'
import { Badge } from '@/components/ui/states'
import type { Provider } from '@/catalog'
import { describeConfig } from '@/catalog/describe'

import styles from './detail.module.css'

/**
 * The connector's settings as the form names them ("Password secret", "Username"). Bodies carry
 * secret references, never values (STYLE.md principle 7). Raw spec paths are in the YAML below.
 */
export function ConfigList({ info, provider }: { info: ConnectorInfo; provider?: Provider }) {
  if (!provider)
    return (
      <p className={styles.muted}>
        The console has no form for {info.type} connectors: the YAML below shows every setting.
      </p>
    )
  const { entries, unlisted } = describeConfig(provider, info)
  if (!entries.length && !unlisted.length)
    return <p className={styles.muted}>This connector has no settings.</p>
  return (
    <>
      <dl className={styles.config}>
        {entries.map((e) => (
          <div key={e.label} className={styles.configRow}>
            <dt>{e.label}</dt>
            <dd>
              {e.secret ? (
                <>
                  <code>{e.value}</code> <Badge tone="info">secret</Badge>
                </>
              ) : (
                e.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {unlisted.length ? (
        <p className={styles.muted}>
          {unlisted.length === 1 ? '1 more setting' : `${unlisted.length} more settings`} that this
          form does not edit ({unlisted.join(', ')}) {unlisted.length === 1 ? 'is' : 'are'} kept as
          they are and shown in the YAML below.
        </p>
      ) : null}
    </>
  )
}
