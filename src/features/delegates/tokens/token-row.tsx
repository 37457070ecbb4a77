import { useQuery } from '@tanstack/react-query'
import { Copy, KeyRound, RefreshCw, Trash2, XCircle } from 'lucide-react'
import { Link } from 'react-router'

import { delegateQueries, fetchTokenValue, type DelegateTokenRow } from '@/api/queries/delegates'
import { describeError } from '@/api/errors'
import type { Scope } from '@/api/scope'
import { Button, buttonClass } from '@/components/ui/button'
import { Badge, Skeleton, type Tone } from '@/components/ui/states'
import { copyText } from '@/lib/clipboard'
import { formatDate, formatDateTime, formatRelative, pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'
import { toast } from '@/lib/toast'

import { createdByName, TOKEN_STATE_LABEL, tokenState, type TokenState } from '../lib/token-status'
import styles from '../delegates.module.css'

const TONE: Record<TokenState, Tone> = {
  active: 'success',
  expiring: 'warning',
  revoked: 'neutral',
}

export async function copyTokenName(name: string) {
  if (await copyText(name)) toast.success(`Copied the name ${name}.`)
  else
    toast.error('Your browser did not let the console copy. Select the name and copy it by hand.')
}

/**
 * Copy an existing token's value without ever rendering it: fetched (where the caller may read
 * it, REFERENCE.md §3) straight into the clipboard, and dropped.
 */
async function copyTokenValue(scope: Scope, name: string) {
  try {
    const value = await fetchTokenValue(scope, name)
    if (!value) {
      toast.error(
        `The value of ${name} cannot be retrieved here. Generate a new token to get a value.`,
      )
      return
    }
    if (await copyText(value)) toast.success(`Copied the value of ${name} to your clipboard.`)
    else
      toast.error(
        'Your browser did not let the console copy the value. Allow clipboard access and try again.',
      )
  } catch (error) {
    toast.error(`Could not read the value of ${name}. ${describeError(error)}`)
  }
}

interface Props {
  scope: Scope
  token: DelegateTokenRow
  now: number
  onRevoke: (name: string) => void
  onDelete: (name: string) => void
}

export function TokenRow({ scope, token, now, onRevoke, onDelete }: Props) {
  const state = tokenState(token, now)
  const usage = useQuery(delegateQueries.groupsUsingToken(scope, token.name))
  const count = usage.data?.length
  return (
    <tr>
      <th scope="row">
        <div className={styles.nameCell}>
          <span className={styles.name}>{token.name}</span>
          <Button
            variant="ghost"
            size="small"
            aria-label={`Copy the name ${token.name}`}
            title="Copy name"
            onClick={() => void copyTokenName(token.name)}
          >
            <Copy size={14} aria-hidden />
          </Button>
        </div>
      </th>
      <td data-label="Status">
        <Badge tone={TONE[state]} dot>
          {TOKEN_STATE_LABEL[state]}
        </Badge>
      </td>
      <td className={styles.muted} data-label="Created">
        <span className={styles.nowrap} title={formatDateTime(token.createdAt)}>
          {formatDate(token.createdAt)}
        </span>
        <span className={styles.by}>by {createdByName(token)}</span>
      </td>
      <td className={`${styles.muted} ${styles.expires}`} data-label="Expires">
        {state === 'revoked' ? (
          // The Manager keeps no revocation time: revokeAfter is the expiry that was set. Past it,
          // the token expired then; before it, someone revoked it early and the date no longer
          // applies (the status already says Revoked).
          token.revokeAfter && token.revokeAfter <= now ? (
            <>Expired {formatDate(token.revokeAfter)}</>
          ) : (
            <>
              <span aria-hidden>—</span>
              <span className="visually-hidden">No expiry applies</span>
            </>
          )
        ) : token.revokeAfter ? (
          <>
            {formatDate(token.revokeAfter)}
            {state === 'expiring' ? (
              <span className={styles.reminder}>
                Revoked {formatRelative(token.revokeAfter, now)}: rotate before then
              </span>
            ) : null}
          </>
        ) : (
          'Never'
        )}
      </td>
      <td className={styles.nowrap} data-label="Used by">
        {usage.isPending ? (
          <Skeleton width={70} />
        ) : usage.isError ? (
          <span className={styles.muted}>Unknown</span>
        ) : !count ? (
          // Nothing to open: a link to an empty list would promise more than it gives.
          <span className={styles.muted}>{pluralize(0, 'delegate group')}</span>
        ) : (
          <Link
            to={withScope(paths.delegates, scope, { token: token.name })}
            aria-label={`${pluralize(count, 'delegate group')} using ${token.name}`}
          >
            {pluralize(count, 'delegate group')}
          </Link>
        )}
      </td>
      <td data-wide>
        <div className={styles.rowActions}>
          {state !== 'revoked' ? (
            <>
              <Button
                size="small"
                variant="ghost"
                aria-label={`Copy value of ${token.name}`}
                title="Copy the value to the clipboard (read from the Manager, never shown)"
                onClick={() => void copyTokenValue(scope, token.name)}
              >
                <KeyRound size={14} aria-hidden />
                <span className={styles.actionLabel}>Copy value</span>
              </Button>
              <Link
                className={buttonClass('ghost', 'small')}
                to={withScope(paths.rotateToken(token.name), scope)}
                aria-label={`Rotate ${token.name}`}
                data-tour="rotate-token"
              >
                <RefreshCw size={14} aria-hidden />
                <span className={styles.actionLabel}>Rotate</span>
              </Link>
              <Button
                size="small"
                variant="ghost"
                aria-label={`Revoke ${token.name}`}
                onClick={() => onRevoke(token.name)}
              >
                <XCircle size={14} aria-hidden />
                <span className={styles.actionLabel}>Revoke</span>
              </Button>
            </>
          ) : (
            <Button
              size="small"
              variant="ghost"
              aria-label={`Delete ${token.name}`}
              onClick={() => onDelete(token.name)}
            >
              <Trash2 size={14} aria-hidden />
              <span className={styles.actionLabel}>Delete</span>
            </Button>
          )}
        </div>
      </td>
    </tr>
  )
}
