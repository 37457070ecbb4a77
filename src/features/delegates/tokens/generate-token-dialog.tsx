import { TriangleAlert } from 'lucide-react'
import { useEffect, useState } from 'react'

import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'

import { GenerateTokenForm } from '../components/generate-token-form'
import { TokenValue } from '../components/token-value'
import { useLeaveGuard } from '@/hooks/use-leave-guard'
import styles from '../delegates.module.css'

interface Created {
  name: string
  value: string | null
}

/**
 * Generate a token and show its value once. The value lives only in this component's state: it
 * is dropped when the dialog closes, so it is gone from the DOM and memory the app can reach.
 * Closing or leaving the page before it was copied asks first.
 */
export function GenerateTokenDialog({
  scope,
  open,
  onOpenChange,
}: {
  scope: Scope
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const [created, setCreated] = useState<Created | null>(null)
  const [copied, setCopied] = useState(false)
  const [confirmClose, setConfirmClose] = useState(false)
  const unsaved = !!created?.value && !copied
  const blocker = useLeaveGuard(open && unsaved)

  const close = () => {
    setCreated(null)
    setCopied(false)
    setConfirmClose(false)
    onOpenChange(false)
  }
  const beforeClose = () => {
    if (!unsaved) return true
    setConfirmClose(true)
    return false
  }
  // Only while it is true: a close tried while the automatic copy was still on its way (a busy
  // machine) asked "not copied" beside "Copied to your clipboard" once the copy landed.
  const asking = unsaved && (confirmClose || blocker.state === 'blocked')
  // Navigation held for an uncopied value goes on once the value is copied after all.
  useEffect(() => {
    if (!unsaved && blocker.state === 'blocked') blocker.proceed()
  }, [unsaved, blocker])

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      onBeforeClose={beforeClose}
      // A value shown once is not closed by a stray click: under load the second click of a
      // double-clicked Generate landed after the swap and counted as outside.
      closeOnOutside={!created}
      title={created ? `Token ${created.name} generated` : 'Generate a delegate token'}
      description={
        created
          ? undefined
          : 'Delegates use the token to connect to the Harness Manager. Give it a name that says where it is used.'
      }
    >
      {created ? (
        <>
          {created.value ? (
            <TokenValue
              name={created.name}
              value={created.value}
              onCopied={() => setCopied(true)}
            />
          ) : (
            <Notice tone="warning">
              The Manager did not return the value of {created.name}. Ask an admin with delegate
              edit permission to copy it.
            </Notice>
          )}
          {asking ? (
            <Notice tone="danger" icon={<TriangleAlert size={18} aria-hidden />}>
              <p>
                You have not copied the token value. Once you{' '}
                {blocker.state === 'blocked' ? 'leave this page' : 'close this dialog'}, it cannot
                be shown again.
              </p>
              <div className={styles.formActions}>
                <Button
                  onClick={() =>
                    blocker.state === 'blocked' ? blocker.reset() : setConfirmClose(false)
                  }
                >
                  Keep it open
                </Button>
                <Button
                  variant="danger"
                  onClick={() =>
                    blocker.state === 'blocked' ? (close(), blocker.proceed()) : close()
                  }
                >
                  {blocker.state === 'blocked' ? 'Leave without copying' : 'Close without copying'}
                </Button>
              </div>
            </Notice>
          ) : (
            <div className={styles.formActions}>
              <Button variant="primary" onClick={() => (beforeClose() ? close() : undefined)}>
                Done
              </Button>
            </div>
          )}
        </>
      ) : (
        <GenerateTokenForm
          scope={scope}
          onCreated={(token, value) => setCreated({ name: token.name, value })}
          secondary={<Button onClick={close}>Cancel</Button>}
        />
      )}
    </Dialog>
  )
}
