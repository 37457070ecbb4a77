import { useQuery } from '@tanstack/react-query'
import { TriangleAlert } from 'lucide-react'

import { describeError } from '@/api/errors'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import { pluralize } from '@/lib/format'
import { toast } from '@/lib/toast'

import { useRevokeDelegateToken } from '../api/mutations'
import { revokeImpactQuery } from '../api/revoke-impact'
import styles from '../delegates.module.css'

interface Props {
  scope: Scope
  /** The token to revoke; null = closed. */
  name: string | null
  onClose: () => void
  onRevoked?: (name: string) => void
}

/** Says what breaks before revoking: the delegates that disconnect and the connectors left with none. */
export function RevokeTokenDialog({ scope, name, onClose, onRevoked }: Props) {
  const open = name !== null
  const token = name ?? ''
  // Connectors of every organization and project below the scope count: its delegates serve them.
  const impact = useQuery({ ...revokeImpactQuery(scope, token), enabled: open })
  const revoke = useRevokeDelegateToken(scope)

  const loading = impact.isPending
  const failed = impact.error
  const affected = impact.data?.leaving ?? []
  const orphaned = impact.data?.orphaned ?? []

  // mutateAsync, not mutate's callbacks: the refetch after revoking may unmount this dialog's
  // parent branch (the rotation page), and the caller must still hear about it.
  const confirm = () =>
    revoke.mutateAsync(token).then(
      () => {
        toast.success(`Revoked ${token}. The Manager no longer accepts delegates using it.`)
        onRevoked?.(token)
        onClose()
      },
      () => undefined, // shown from revoke.error
    )

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (!next ? (revoke.reset(), onClose()) : undefined)}
      title={`Revoke ${token}?`}
      description="The Harness Manager will not accept connections from any delegate using a revoked token. Its name stays taken for 30 days."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="danger"
            onClick={() => void confirm()}
            disabled={loading || revoke.isPending}
          >
            {revoke.isPending ? 'Revoking…' : `Revoke ${token}`}
          </Button>
        </>
      }
    >
      {loading ? (
        <SkeletonRows rows={3} label="Working out what uses this token" />
      ) : failed ? (
        <Notice tone="warning">
          Could not work out what uses this token: {describeError(failed)} You can still revoke it.
        </Notice>
      ) : (
        <>
          <section aria-label="Delegates that will be disconnected">
            {affected.length ? (
              <>
                <strong>
                  {pluralize(affected.length, 'delegate group')} will be disconnected:
                </strong>
                <ul className={styles.list}>
                  {affected.map((g) => (
                    <li key={g.delegateGroupIdentifier}>
                      {g.groupName} ({pluralize(g.delegateInstanceDetails?.length ?? 0, 'instance')}
                      )
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>No delegate uses this token.</p>
            )}
          </section>
          {orphaned.length ? (
            <Notice tone="danger" icon={<TriangleAlert size={18} aria-hidden />}>
              <strong>
                {pluralize(orphaned.length, 'connector')} would be left with no connected delegate:
              </strong>
              <ul className={styles.list}>
                {orphaned.map((c) => (
                  <li key={`${c.where}/${c.identifier}`}>
                    {c.name}
                    {c.where ? ` in ${c.where}` : ''}
                    {c.selectors.length ? ` (selectors: ${c.selectors.join(', ')})` : ''}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : affected.length ? (
            <p>
              Every connector, in this scope and below it, keeps at least one connected delegate
              that matches its selectors.
            </p>
          ) : null}
        </>
      )}
      {revoke.error ? (
        <Notice tone="danger">The token was not revoked. {describeError(revoke.error)}</Notice>
      ) : null}
    </Dialog>
  )
}
