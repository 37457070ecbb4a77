import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { useLeaveGuard } from '@/hooks/use-leave-guard'

/**
 * Asks before leaving a wizard with unsaved changes: in-app navigation (react-router's blocker,
 * including a change of scope or provider in the URL) and closing or reloading the tab.
 */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const blocker = useLeaveGuard(dirty, { search: true })
  const open = blocker.state === 'blocked'
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (!next && open ? blocker.reset() : undefined)}
      title="Leave without saving?"
      description="This connector has changes that are not saved. If you leave, they are lost."
      footer={
        <>
          <Button onClick={() => blocker.reset?.()}>Stay and keep editing</Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave and discard
          </Button>
        </>
      }
    />
  )
}
