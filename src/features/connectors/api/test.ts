import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'

import { requestDto } from '@/api/client'
import { getRuntimeConfig } from '@/api/runtime-config'
import { connectorQueries } from '@/api/queries/connectors'
import type { PageResponse } from '@/api/schemas/common'
import {
  connectorValidationResultSchema,
  type ConnectorResponse,
  type ConnectorValidationResult,
} from '@/api/schemas/connector'
import { ngScopeParams, type Scope } from '@/api/scope'

import { historyKey, recordHealth } from '../health/history-store'
import { failureKind } from '../health/stages'

export interface TestTarget {
  identifier: string
  /** The connector's own scope (it may be an account connector seen from a project). */
  scope: Scope
  /** When it was created: its history is kept under it (list rows know it; else the cache is read). */
  createdAt?: number | null
}

export interface TestRun {
  result: ConnectorValidationResult
  /** Wall time of the call as the console saw it. */
  durationMs: number
}

/** Identifies a connector across scopes in the page's state (selection, rows under test). */
export function targetKey(scope: Pick<Scope, 'orgId' | 'projectId'>, identifier: string) {
  return [scope.orgId ?? '', scope.projectId ?? '', identifier].join('/')
}

/** The connector's scope, from where it lives rather than where it is seen from. */
export function ownScope(
  accountId: string,
  connector: Pick<ConnectorResponse['connector'], 'orgIdentifier' | 'projectIdentifier'>,
): Scope {
  return {
    accountId,
    orgId: connector.orgIdentifier ?? undefined,
    projectId: connector.projectIdentifier ?? undefined,
  }
}

function isTarget(row: ConnectorResponse, target: TestTarget) {
  const c = row.connector
  return (
    c.identifier === target.identifier &&
    (c.orgIdentifier ?? undefined) === target.scope.orgId &&
    (c.projectIdentifier ?? undefined) === target.scope.projectId
  )
}

/** The connector as the console last read it (a list page or its detail), before this test. */
function cachedRow(queryClient: QueryClient, target: TestTarget): ConnectorResponse | undefined {
  for (const [, row] of queryClient.getQueriesData<ConnectorResponse>({
    queryKey: connectorQueries.details(),
  }))
    if (row && isTarget(row, target)) return row
  for (const [, page] of queryClient.getQueriesData<PageResponse<ConnectorResponse>>({
    queryKey: connectorQueries.lists(),
  })) {
    const row = page?.content.find((r) => isTarget(r, target))
    if (row) return row
  }
  return undefined
}

/** A connector the console has not read yet (the wizard's first test): its creation time, if readable. */
async function createdAtOf(queryClient: QueryClient, target: TestTarget) {
  try {
    const row = await queryClient.fetchQuery(
      connectorQueries.detail(target.scope, target.identifier),
    )
    return row.createdAt
  } catch {
    return undefined
  }
}

function applyResult(
  row: ConnectorResponse,
  target: TestTarget,
  result: ConnectorValidationResult,
): ConnectorResponse {
  if (!isTarget(row, target)) return row
  const testedAt = result.testedAt ?? Date.now()
  return {
    ...row,
    status: {
      ...row.status,
      status: result.status ?? 'UNKNOWN',
      errorSummary: result.errorSummary ?? null,
      errors: result.errors ?? [],
      testedAt,
      lastTestedAt: testedAt,
      lastConnectedAt:
        result.status === 'SUCCESS' ? testedAt : (row.status?.lastConnectedAt ?? null),
    },
  }
}

/**
 * Runs testConnection (REFERENCE §5: POST, no body, ConnectorValidationResult), then puts the
 * result into every cached list page and the detail so the row changes without a reload, keeps
 * the result in the console's health record, and lets the stats refresh.
 */
export async function testConnector(
  queryClient: QueryClient,
  target: TestTarget,
  signal?: AbortSignal,
  /** A run of many refreshes the stats itself, now and then, instead of once per test. */
  options: { refreshStats?: boolean } = {},
): Promise<TestRun> {
  const before = cachedRow(queryClient, target)
  const started = performance.now()
  const result = await requestDto({
    method: 'POST',
    path: `/ng/api/connectors/testConnection/${encodeURIComponent(target.identifier)}`,
    query: ngScopeParams(target.scope),
    schema: connectorValidationResultSchema,
    signal,
    // A test runs on a delegate and may take a while; the Manager waits for it (4× a normal call).
    timeoutMs: (getRuntimeConfig().requestTimeoutMs ?? 30_000) * 4,
    permission: 'Connectors: View',
    // A test changes no configuration: safe to run again.
    safe: true,
  })
  const durationMs = Math.round(performance.now() - started)
  queryClient.setQueriesData<PageResponse<ConnectorResponse>>(
    { queryKey: connectorQueries.lists() },
    // A page without the connector stays the same object, so its list does not render again.
    (page) =>
      page?.content.some((row) => isTarget(row, target))
        ? { ...page, content: page.content.map((row) => applyResult(row, target, result)) }
        : page,
  )
  queryClient.setQueriesData<ConnectorResponse>({ queryKey: connectorQueries.details() }, (row) =>
    row ? applyResult(row, target, result) : row,
  )
  if (options.refreshStats !== false) refreshStats(queryClient)
  const ok = result.status === 'SUCCESS'
  const createdAt =
    target.createdAt ?? before?.createdAt ?? (await createdAtOf(queryClient, target))
  recordHealth(
    historyKey(target.scope, target.identifier, createdAt),
    {
      testedAt: result.testedAt ?? Date.now(),
      ok,
      durationMs,
      kind: ok ? undefined : failureKind(result),
    },
    before?.status,
  )
  return { result, durationMs }
}

/** The stats strip counts by status: read it again after tests changed some. */
export function refreshStats(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: connectorQueries.allStats() })
}

/** One-click Test. A test reports a result; only a failed request is an error (STYLE.md principle 8). */
export function useTestConnector() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: (target: TestTarget) => testConnector(queryClient, target) })
}
