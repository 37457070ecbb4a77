import type { ReactNode } from 'react'

import { SkeletonRows } from './states'
import styles from './ui.module.css'

/** Page frame: breadcrumb, h1, a sentence of what the page is for, and its actions. */
export function Page({
  title,
  breadcrumb,
  subtitle,
  actions,
  children,
}: {
  title: string
  /** Where the page sits; a link when it leads back to a list. */
  breadcrumb?: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  children?: ReactNode
}) {
  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          {breadcrumb ? <div className={styles.breadcrumb}>{breadcrumb}</div> : null}
          <h1 className={styles.title}>{title}</h1>
          {subtitle ? <p className={styles.subtitle}>{subtitle}</p> : null}
        </div>
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </header>
      {children}
    </div>
  )
}

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <section className={[styles.card, className].filter(Boolean).join(' ')}>{children}</section>
  )
}

export function CardBody({ children }: { children: ReactNode }) {
  return <div className={styles.cardBody}>{children}</div>
}

export function Notice({
  tone = 'info',
  icon,
  children,
}: {
  tone?: 'info' | 'success' | 'warning' | 'danger'
  icon?: ReactNode
  children: ReactNode
}) {
  return (
    <div className={styles.notice} data-tone={tone} role={tone === 'danger' ? 'alert' : undefined}>
      {icon ? <span className={styles.noticeIcon}>{icon}</span> : null}
      <div className={styles.noticeText}>{children}</div>
    </div>
  )
}

/**
 * A page's header and rows loading: what a page shows before its data (or its body, for a page
 * whose body loads after the first paint, app/routes/deferred.tsx) has arrived.
 */
export function PageFrame({
  title,
  subtitle,
  breadcrumb,
  loading,
  rows = 6,
}: {
  title: string
  subtitle?: string
  breadcrumb?: ReactNode
  /** What is loading, for assistive technology ("Loading the delegate tokens"). */
  loading: string
  rows?: number
}) {
  return (
    <Page title={title} subtitle={subtitle} breadcrumb={breadcrumb}>
      <Card>
        <SkeletonRows rows={rows} label={loading} />
      </Card>
    </Page>
  )
}
