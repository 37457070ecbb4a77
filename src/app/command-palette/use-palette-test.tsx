import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback } from 'react'

import { describeError } from '@/api/errors'
import { connectorQueries } from '@/api/queries/connectors'
import { useOneClickTest } from '@/features/connectors/list/use-one-click-test'
import { toast } from '@/lib/toast'

import type { TestTarget } from './use-palette-search'

// The result view needs the provider catalog (its hints): loaded with the first test, not with
// the palette.
const TestDialog = lazy(() =>
  import('@/features/connectors/health/test-dialog').then((m) => ({ default: m.TestDialog })),
)

/**
 * "Test <connector>" from the palette: the list's one-click test (testConnection, the result put
 * into every cached list and the connector's history) and its dialog, wherever the admin is. A
 * recent item knows only the connector's id: it is read first.
 */
export function usePaletteTest(onMissing: (target: TestTarget) => void) {
  const queryClient = useQueryClient()
  const oneClick = useOneClickTest()
  const { start } = oneClick
  const test = useCallback(
    async (target: TestTarget) => {
      let info = target.info
      if (!info) {
        try {
          const row = await queryClient.fetchQuery(
            connectorQueries.detail(target.scope, target.identifier),
          )
          info = row.connector
        } catch (error) {
          toast.error(`Could not read ${target.identifier}: ${describeError(error)}`)
          onMissing(target)
          return
        }
      }
      start(info, target.scope)
    },
    [queryClient, start, onMissing],
  )
  const dialog =
    oneClick.dialog !== null ? (
      <Suspense fallback={null}>
        <TestDialog state={oneClick.dialog} onClose={oneClick.close} onRetry={oneClick.retry} />
      </Suspense>
    ) : null
  return { test, dialog }
}
