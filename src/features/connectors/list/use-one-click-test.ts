import { useCallback, useState } from 'react'

import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

import { targetKey, useTestConnector } from '../api/test'
import type { TestDialogState } from '../health/test-dialog'

/** Row Test button: runs the test, shows its dialog, marks the row as testing meanwhile. */
export function useOneClickTest() {
  const mutation = useTestConnector()
  const [target, setTarget] = useState<{ info: ConnectorInfo; scope: Scope } | null>(null)
  const [open, setOpen] = useState(false)

  const { mutate } = mutation
  const start = useCallback(
    (info: ConnectorInfo, scope: Scope) => {
      setTarget({ info, scope })
      setOpen(true)
      mutate({ identifier: info.identifier, scope })
    },
    [mutate],
  )
  const dialog: TestDialogState | null =
    open && target
      ? {
          info: target.info,
          running: mutation.isPending,
          run: mutation.data,
          error: mutation.error ?? undefined,
        }
      : null
  const testingKey =
    mutation.isPending && target ? targetKey(target.scope, target.info.identifier) : null
  return {
    dialog,
    testingKey,
    start,
    retry: () => target && start(target.info, target.scope),
    close: () => setOpen(false),
  }
}
