import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'

import { connectorQueries, type ConnectorListParams } from '@/api/queries/connectors'
import type { Scope } from '@/api/scope'

import { ownScope, targetKey, testConnector, type TestTarget } from '../api/test'
import { FAILURE_WORDS, failureKind } from './stages'
import { runTestQueue, type QueueItem, type QueueProgress, type QueueSummary } from './test-queue'

export type TestAllItem = QueueItem & TestTarget

/** listV2 allows 100 a page (REFERENCE §5); "test all" pages through the filtered set to collect ids. */
const COLLECT_PAGE_SIZE = 100

export async function collectTargets(
  queryClient: QueryClient,
  scope: Scope,
  params: ConnectorListParams,
  signal: AbortSignal,
) {
  const items: TestAllItem[] = []
  for (let pageIndex = 0; !signal.aborted; pageIndex++) {
    const page = await queryClient.fetchQuery({
      ...connectorQueries.list(scope, { ...params, pageIndex, pageSize: COLLECT_PAGE_SIZE }),
      staleTime: 0,
    })
    for (const { connector: c, createdAt } of page.content) {
      const own = ownScope(scope.accountId, c)
      items.push({
        key: targetKey(own, c.identifier),
        label: c.name,
        identifier: c.identifier,
        scope: own,
        createdAt,
      })
    }
    if (pageIndex + 1 >= page.totalPages) break
  }
  return items
}

export type TestAllState =
  | { phase: 'idle' }
  | { phase: 'collecting' }
  | { phase: 'running'; progress: QueueProgress }
  | { phase: 'done'; summary: QueueSummary<TestAllItem>; cancelled: boolean }
  | { phase: 'error'; error: unknown }

/** Test many connectors: collect, run the bounded queue, report; cancel stops what has not started. */
export function useTestAll() {
  const queryClient = useQueryClient()
  const [state, setState] = useState<TestAllState>({ phase: 'idle' })
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set())
  const controller = useRef<AbortController | null>(null)

  const run = useCallback(
    async (source: TestAllItem[] | ((signal: AbortSignal) => Promise<TestAllItem[]>)) => {
      controller.current?.abort()
      const abort = new AbortController()
      controller.current = abort
      try {
        setState({ phase: 'collecting' })
        const items = typeof source === 'function' ? await source(abort.signal) : source
        setState({
          phase: 'running',
          progress: { total: items.length, done: 0, passed: 0, failed: 0, running: 0 },
        })
        const summary = await runTestQueue(
          items,
          async (item, signal) => {
            setRunning((s) => new Set(s).add(item.key))
            try {
              const { result, durationMs } = await testConnector(queryClient, item, signal)
              const ok = result.status === 'SUCCESS'
              return { ok, durationMs, reason: ok ? undefined : FAILURE_WORDS[failureKind(result)] }
            } finally {
              setRunning((s) => {
                const next = new Set(s)
                next.delete(item.key)
                return next
              })
            }
          },
          {
            signal: abort.signal,
            onProgress: (progress) => setState({ phase: 'running', progress }),
          },
        )
        setState({ phase: 'done', summary, cancelled: abort.signal.aborted })
      } catch (error) {
        setState(abort.signal.aborted ? { phase: 'idle' } : { phase: 'error', error })
      }
    },
    [queryClient],
  )

  const testAll = useCallback(
    (scope: Scope, params: ConnectorListParams) =>
      run((signal) => collectTargets(queryClient, scope, params, signal)),
    [run, queryClient],
  )
  const testSome = useCallback((items: TestAllItem[]) => run(items), [run])
  const cancel = useCallback(() => controller.current?.abort(), [])
  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, running, testAll, testSome, cancel, dismiss }
}
