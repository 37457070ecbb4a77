import { AlertTriangle, Inbox, Lock } from 'lucide-react'
import type { CSSProperties, ReactNode } from 'react'

import { describeError, isApiError } from '@/api/errors'
import { formatDateTime, formatRelative } from '@/lib/format'

import { Button } from './button'
import styles from './ui.module.css'

export function EmptyState({
  title,
  children,
  action,
  icon,
}: {
  title: string
  children?: ReactNode
  action?: ReactNode
  icon?: ReactNode
}) {
  return (
    <div className={styles.state}>
      <div className={styles.stateIcon} aria-hidden>
        {icon ?? <Inbox size={22} />}
      </div>
      <h2 className={styles.stateTitle}>{title}</h2>
      {children ? <div>{children}</div> : null}
      {action}
    </div>
  )
}

/** Error panel for a failed read: says what happened in words a user can act on, and offers a retry. */
/**
 * A refresh failed but the page still has what it loaded before: keep showing it, with its age and
 * why it could not be refreshed (issue 25: lists stay readable when the connection drops).
 */
export function StaleNotice({
  error,
  updatedAt,
  onRetry,
  what,
}: {
  error: unknown
  updatedAt: number
  onRetry?: () => void
  what: string
}) {
  return (
    <div className={styles.stale} role="status">
      <AlertTriangle size={16} aria-hidden />
      <p>
        Could not refresh the {what}: {describeError(error)} Showing what was loaded{' '}
        <span title={formatDateTime(updatedAt)}>{formatRelative(updatedAt)}</span>.
      </p>
      {onRetry ? (
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  )
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown
  onRetry?: () => void
  title?: string
}) {
  const forbidden = isApiError(error) && error.isForbidden
  return (
    <div className={styles.state} role="alert">
      <div className={[styles.stateIcon, styles.stateIconDanger].join(' ')} aria-hidden>
        {forbidden ? <Lock size={22} /> : <AlertTriangle size={22} />}
      </div>
      <h2 className={styles.stateTitle}>
        {title ?? (forbidden ? 'Permission needed' : 'Could not load this')}
      </h2>
      <p>{describeError(error)}</p>
      {isApiError(error) && (error.code || error.correlationId) ? (
        <p className={styles.stateDetail}>
          {error.code ? <>Code {error.code}</> : null}
          {error.code && error.correlationId ? ' · ' : null}
          {error.correlationId ? <>Correlation id {error.correlationId}</> : null}
        </p>
      ) : null}
      {/* Asking again cannot help when access is missing or the thing is not there. */}
      {onRetry && !forbidden && !(isApiError(error) && error.isNotFound) ? (
        <Button onClick={onRetry}>Try again</Button>
      ) : null}
    </div>
  )
}

export function Skeleton({
  width = '100%',
  height = 14,
  style,
}: {
  width?: CSSProperties['width']
  height?: number
  style?: CSSProperties
}) {
  return (
    <span
      className={styles.skeleton}
      style={{ width, height, ...style }}
      aria-hidden
      data-skeleton=""
    />
  )
}

/** Loading rows for tables and lists; announced once for screen readers. */
export function SkeletonRows({ rows = 5, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" style={{ display: 'grid', gap: 14, padding: 20 }}>
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} width={`${90 - (i % 3) * 12}%`} />
      ))}
    </div>
  )
}

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info'

export function Badge({
  tone = 'neutral',
  children,
  dot,
}: {
  tone?: Tone
  children: ReactNode
  dot?: boolean
}) {
  return (
    <span className={styles.badge} data-tone={tone}>
      {dot ? <span className={styles.dot} aria-hidden /> : null}
      {children}
    </span>
  )
}
