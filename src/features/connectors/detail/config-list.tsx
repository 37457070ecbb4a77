import type { ConnectorInfo } from '@/api/schemas/connector'
import { Badge } from '@/components/ui/states'

import styles from './detail.module.css'

interface Entry {
  path: string
  value: string
  ref: boolean
}

// Spec keys that hold a secret reference (REFERENCE §9.14: Vault authToken/secretId are refs too).
const isRefKey = (key: string) =>
  /Ref$/.test(key) || ['authToken', 'secretId', 'secretKey', 'credentialsRef'].includes(key)

/** The spec as dot paths. Connector bodies carry refs, never secret values (STYLE.md principle 7). */
export function flattenSpec(value: unknown, prefix = ''): Entry[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null))
      return [{ path: prefix, value: value.length ? value.join(', ') : '(none)', ref: false }]
    return value.flatMap((v, i) => flattenSpec(v, `${prefix}[${i}]`))
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => flattenSpec(v, prefix ? `${prefix}.${k}` : k))
  if (value === null || value === undefined || value === '') return []
  const key = prefix.split('.').at(-1) ?? ''
  return [
    {
      path: prefix,
      value: typeof value === 'string' ? value : JSON.stringify(value),
      ref: isRefKey(key),
    },
  ]
}

export function ConfigList({ info }: { info: ConnectorInfo }) {
  const entries = flattenSpec(info.spec)
  if (!entries.length) return <p className={styles.muted}>This connector has no settings.</p>
  return (
    <dl className={styles.config}>
      {entries.map((e) => (
        <div key={e.path} className={styles.configRow}>
          <dt>
            <code>{e.path}</code>
          </dt>
          <dd>
            <code>{e.value}</code> {e.ref ? <Badge tone="info">secret ref</Badge> : null}
          </dd>
        </div>
      ))}
    </dl>
  )
}
