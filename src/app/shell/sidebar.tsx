import { useQuery } from '@tanstack/react-query'
import { Menu, X } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { NavLink } from 'react-router'

import { accountQueries } from '@/api/queries/account'
import { getRuntimeConfig } from '@/api/runtime-config'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import styles from './layout.module.css'
import { BrandIcon, navSections } from './nav'

/**
 * The sidebar; on a narrow screen, a bar with the brand and a Menu button that shows the links
 * below it (the disclosure navigation pattern: a button with aria-expanded, no focus trap).
 * Following a link or pressing Escape closes it.
 */
export function Sidebar() {
  const scope = useScope()
  const [open, setOpen] = useState(false)
  const listId = useId()
  const menuButton = useRef<HTMLButtonElement>(null)
  const close = () => setOpen(false)
  return (
    <nav
      className={styles.sidebar}
      aria-label="Main"
      data-open={open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        close()
        menuButton.current?.focus()
      }}
    >
      <NavLink to={withScope(paths.home, scope)} className={styles.brand} onClick={close}>
        <span className={styles.brandMark} aria-hidden>
          <BrandIcon size={16} />
        </span>
        Delegate Console
      </NavLink>
      <button
        ref={menuButton}
        type="button"
        className={styles.menuButton}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? <X size={18} aria-hidden /> : <Menu size={18} aria-hidden />}
        Menu
      </button>
      <div id={listId} className={styles.navList}>
        {navSections.map((section) => (
          <div key={section.heading ?? 'top'} className={styles.navSection}>
            {section.heading ? <div className={styles.navHeading}>{section.heading}</div> : null}
            {section.items.map((item) => (
              <NavLink
                key={item.to}
                to={withScope(item.to, scope)}
                end={'end' in item ? item.end : false}
                className={[
                  styles.navLink,
                  'nested' in item && item.nested ? styles.navNested : '',
                ].join(' ')}
                onClick={close}
              >
                <item.icon size={16} aria-hidden />
                {item.label}
              </NavLink>
            ))}
          </div>
        ))}
        <AccountFooter accountId={scope.accountId} />
      </div>
    </nav>
  )
}

/**
 * Which account (its name, id and cluster), whose API key, and which Manager this console is
 * working on, always in view on a desktop. The name and user come from the Manager; until they
 * answer, or when they cannot (a service account's key has no user), the id stands alone.
 */
function AccountFooter({ accountId }: { accountId: string }) {
  const config = getRuntimeConfig()
  const account = useQuery(accountQueries.account(accountId)).data
  const user = useQuery(accountQueries.currentUser(accountId)).data
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
