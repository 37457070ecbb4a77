import { getRuntimeConfig } from '@/api/runtime-config'
import type { Account, UserInfo } from '@/api/schemas/account'

import styles from './layout.module.css'

/** An invisible line of the given kind: holds a name's place while the Manager has not answered. */
function Reserved({ className }: { className?: string }) {
  return (
    <span className={`${styles.footerReserved} ${className ?? ''}`} aria-hidden>
      &nbsp;
    </span>
  )
}

/**
 * Which account (its name, id and cluster), whose API key, and which Manager this console is
 * working on, always in view on a desktop. The name and user come from the Manager; until they
 * answer, or when they cannot (a service account's key has no user), the id stands alone.
 *
 * While they load (`pending`), invisible lines hold their places: the footer sits at the bottom
 * of the sidebar, so lines arriving later would push all of it up (a layout shift on every page).
 */
export function AccountFooter({
  accountId,
  account,
  user,
  pending = false,
}: {
  accountId: string
  account?: Account
  user?: UserInfo
  pending?: boolean
}) {
  const config = getRuntimeConfig()
  const name = account?.name ?? account?.companyName
  return (
    <dl className={styles.sidebarFooter}>
      <dt>Account</dt>
      <dd>
        {name ? (
          <span className={styles.footerName}>{name}</span>
        ) : pending ? (
          <Reserved className={styles.footerName} />
        ) : null}
        <code>{accountId}</code>
        {account?.cluster ? <span>Cluster {account.cluster}</span> : pending ? <Reserved /> : null}
      </dd>
      {user?.name || user?.email ? (
        <>
          <dt>API key of</dt>
          <dd>
            {user.name ? <span className={styles.footerName}>{user.name}</span> : null}
            {user.email ? <span>{user.email}</span> : null}
          </dd>
        </>
      ) : pending ? (
        <>
          <dt className={styles.footerReserved} aria-hidden>
            &nbsp;
          </dt>
          <dd aria-hidden>
            <Reserved className={styles.footerName} />
            <Reserved />
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
