import { getRuntimeConfig } from '@/api/runtime-config'
import type { Account, UserInfo } from '@/api/schemas/account'

import styles from './layout.module.css'

/**
 * Which account (its name, id and cluster), whose API key, and which Manager this console is
 * working on, always in view on a desktop. The name and user come from the Manager; until they
 * answer, or when they cannot (a service account's key has no user), the id stands alone.
 */
export function AccountFooter({
  accountId,
  account,
  user,
}: {
  accountId: string
  account?: Account
  user?: UserInfo
}) {
  const config = getRuntimeConfig()
  const name = account?.name ?? account?.companyName
  return (
    <dl className={styles.sidebarFooter}>
      <dt>Account</dt>
      <dd>
        {name ? <span className={styles.footerName}>{name}</span> : null}
        <code>{accountId}</code>
        {account?.cluster ? <span>Cluster {account.cluster}</span> : null}
      </dd>
      {user?.name || user?.email ? (
        <>
          <dt>API key of</dt>
          <dd>
            {user.name ? <span className={styles.footerName}>{user.name}</span> : null}
            {user.email ? <span>{user.email}</span> : null}
          </dd>
        </>
      ) : null}
      <dt>Manager</dt>
      <dd>
        {config.backend === 'mock'
          ? 'Embedded demo (mock data in this browser)'
          : (config.managerLabel ?? 'A Harness Manager behind this site (config.json names none)')}
      </dd>
    </dl>
  )
}
