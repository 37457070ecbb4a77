import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'

import type { ConnectorListParams } from '@/api/queries/connectors'
import type { ConnectorResponse } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

import { connectorPages } from '../api/list-pages'
import { ownScope, refreshStats, targetKey, testConnector } from '../api/test'
import { FAILURE_WORDS, failureKind } from './stages'
import { runTestQueue, type QueueSource } from './test-queue'
import { beginRun, getRun, setRun, setRunning, type TestAllItem } from './test-run-store'

export type { TestAllItem } from './test-run-store'

/** While a run goes on, the stats strip is read again this often (not after every test). */
const STATS_EVERY_MS = 3_000

/** The connectors to test, a page at a time as the tests need them (see connectorPages). */
export async function* streamTargets(
  queryClient: QueryClient,
  scope: Scope,
  params: ConnectorListParams,
  signal: AbortSignal,
) {
  for await (const { rows, total } of connectorPages(queryClient, scope, params, signal)) {
    yield { items: rows.map((row) => toTestItem(scope.accountId, row)), total }
  }
}

/**
 * With a status filter, the set changes as tests change statuses (a failed one that passes leaves
 * `status=failed`, and the pages after it move up), so it is listed whole before the first test.
 */
async function collect(source: AsyncIterable<{ items: readonly TestAllItem[] }>) {
  const all: TestAllItem[] = []
  for await (const { items } of source) all.push(...items)
  return all
}

/** Starts a run in `scope` (stopping any other), at the app level: it outlives the page. */
export async function startTestRun(
  queryClient: QueryClient,
  scope: Scope,
  source: (signal: AbortSignal) => QueueSource<TestAllItem> | Promise<QueueSource<TestAllItem>>,
) {
  const { id, signal: stop } = beginRun(scope)
  const mine = () => getRun()?.id === id
  const testing = new Set<string>()
  let statsAt = Date.now()
  try {
    const items = await source(stop)
    const summary = await runTestQueue(
      items,
      async (item, signal) => {
        testing.add(item.key)
        if (mine()) setRunning(new Set(testing))
        try {
          const { result, durationMs } = await testConnector(queryClient, item, signal, {
            refreshStats: false,
          })
          const ok = result.status === 'SUCCESS'
          return { ok, durationMs, reason: ok ? undefined : FAILURE_WORDS[failureKind(result)] }
        } finally {
          testing.delete(item.key)
          if (mine()) setRunning(new Set(testing))
          if (Date.now() - statsAt > STATS_EVERY_MS) {
            statsAt = Date.now()
            refreshStats(queryClient)
          }
        }
      },
      {
        signal: stop,
        onProgress: (progress) => {
          if (!mine()) return
          // Until the first page says how many there are, the run is still listing them.
          if (!progress.total) setRun({ id, scope, phase: 'collecting' }, { batch: true })
          else setRun({ id, scope, phase: 'running', progress }, { batch: true })
        },
      },
    )
    if (mine()) setRun({ id, scope, phase: 'done', summary, cancelled: stop.aborted })
  } catch (error) {
    if (mine()) setRun(stop.aborted ? null : { id, scope, phase: 'error', error })
  } finally {
    if (mine()) setRunning(new Set())
    refreshStats(queryClient)
  }
}

/** A list row as a run's item: its own scope, and its creation time for its history. */
export function toTestItem(accountId: string, { connector: c, createdAt }: ConnectorResponse) {
  const scope = ownScope(accountId, c)
  return {
    key: targetKey(scope, c.identifier),
    label: c.name,
    identifier: c.identifier,
    scope,
    createdAt,
  } satisfies TestAllItem
}

/** Test many connectors from any page: all of a list, or some; the run is shared by the app. */
export function useTestAll() {
  const queryClient = useQueryClient()
  return useMemo(
    () => ({
      testAll: (scope: Scope, params: ConnectorListParams) =>
        startTestRun(queryClient, scope, (signal) => {
          const stream = streamTargets(queryClient, scope, params, signal)
          return params.filter?.connectivityStatuses?.length ? collect(stream) : stream
        }),
      testSome: (scope: Scope, items: TestAllItem[]) =>
        startTestRun(queryClient, scope, () => items),
    }),
    [queryClient],
  )
}
