import { describeError } from '@/api/errors'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'
import { toast } from '@/lib/toast'

import { useDeleteDelegateToken } from '../api/mutations'

/** Purge a revoked token now instead of after the Manager's 30 days (REFERENCE.md §3). */
export function DeleteTokenDialog({
  scope,
  name,
  onClose,
}: {
  scope: Scope
  name: string | null
  onClose: () => void
}) {
  const remove = useDeleteDelegateToken(scope)
  const token = name ?? ''
  const confirm = () =>
    remove.mutate(token, {
      onSuccess: () => {
        toast.success(`Deleted ${token}.`)
        onClose()
      },
    })
  return (
    <Dialog
      open={name !== null}
      onOpenChange={(next) => (!next ? (remove.reset(), onClose()) : undefined)}
      title={`Delete ${token}?`}
      description="The revoked token is removed from the list for good, and its name can be used again."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="danger" onClick={confirm} disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : `Delete ${token}`}
          </Button>
        </>
      }
    >
      {remove.error ? (
        <Notice tone="danger">The token was not deleted. {describeError(remove.error)}</Notice>
      ) : null}
    </Dialog>
  )
}
