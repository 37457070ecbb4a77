import { RotateCw } from 'lucide-react'

import { describeError } from '@/api/errors'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'

import type { TestRun } from '../api/test'
import { TestResult } from './test-result'

export interface TestDialogState {
  info: ConnectorInfo
  run?: TestRun
  error?: unknown
  running: boolean
}

/** The one-click test's result: running, then the stages; a failed request says so and offers a retry. */
export function TestDialog({
  state,
  onClose,
  onRetry,
}: {
  state: TestDialogState | null
  onClose: () => void
  onRetry: () => void
}) {
  return (
    <Dialog
      open={state !== null}
      onOpenChange={(open) => !open && onClose()}
      wide
      title={state ? `Test: ${state.info.name}` : 'Test'}
      description={
        state ? (
          <>
            Runs testConnection for <code>{state.info.identifier}</code>.
          </>
        ) : undefined
      }
      footer={
        <>
          <Button onClick={onRetry} disabled={!state || state.running}>
            <RotateCw size={14} aria-hidden /> Test again
          </Button>
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </>
      }
    >
      {state?.running ? <SkeletonRows rows={5} label="Testing the connection" /> : null}
      {state && !state.running && state.run ? (
        <TestResult info={state.info} result={state.run.result} durationMs={state.run.durationMs} />
      ) : null}
      {state && !state.running && state.error ? (
        <Notice tone="danger">
          <p>The test could not be run. {describeError(state.error)}</p>
        </Notice>
      ) : null}
    </Dialog>
  )
}
