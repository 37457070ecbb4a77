import { useSyncExternalStore } from 'react'

import type { Scope } from '@/api/scope'

import type { QueueItem, QueueProgress, QueueSummary } from './test-queue'

/** One connector in a run: its key in the list, its name, where it lives and when it was created. */
export interface TestAllItem extends QueueItem {
  identifier: string
  scope: Scope
  createdAt?: number | null
}

/**
 * A test-all run as the whole app sees it. It lives in this module, not in a page, so it keeps
 * going when the admin opens another page; the header shows it and the list shows its summary on
 * return. It belongs to the scope it was started in (`scope`).
 */
export type TestAllRun = { id: number; scope: Scope } & (
  | { phase: 'collecting' }
  | { phase: 'running'; progress: QueueProgress }
  | { phase: 'done'; summary: QueueSummary<TestAllItem>; cancelled: boolean }
  | { phase: 'error'; error: unknown }
)

let run: TestAllRun | null = null
/** Row keys under test now. Kept apart from `run` so a row re-renders only when its own key changes. */
let running: ReadonlySet<string> = new Set()
const listeners = new Set<() => void>()
let flushTimer: ReturnType<typeof setTimeout> | null = null
/** Progress is shown at most this often: results arrive faster than anyone reads them. */
const FLUSH_MS = 150

function notify() {
  if (flushTimer) clearTimeout(flushTimer)
  flushTimer = null
  listeners.forEach((l) => l())
}

/** Replaces the run. A phase change shows at once; progress within a phase is batched. */
export function setRun(next: TestAllRun | null, options: { batch?: boolean } = {}) {
  run = next
  if (!options.batch) notify()
  else flushTimer ??= setTimeout(notify, FLUSH_MS)
}

export function setRunning(next: ReadonlySet<string>) {
  running = next
  flushTimer ??= setTimeout(notify, FLUSH_MS)
}

let controller: AbortController | null = null
let nextId = 1

/** A new run in `scope`; any other stops (one run at a time, so tests never pile up). */
export function beginRun(scope: Scope) {
  controller?.abort()
  controller = new AbortController()
  const id = nextId++
  setRun({ id, scope, phase: 'collecting' })
  return { id, signal: controller.signal }
}

/** Stops the run: what has not started is not run; its summary says so. */
export function cancelTestRun() {
  controller?.abort()
}

/** Stops the run if it goes on, and forgets it (Dismiss, a reset of the demo account). */
export function dismissTestRun() {
  controller?.abort()
  running = new Set()
  setRun(null)
}

export const getRun = () => run
export const isBusy = (r: TestAllRun | null) => r?.phase === 'collecting' || r?.phase === 'running'

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The current run (or none), anywhere in the app. */
export function useTestRun(): TestAllRun | null {
  return useSyncExternalStore(subscribe, getRun, getRun)
}

/** Whether a run is listing or testing, at any scope; re-renders only when that changes. */
export function useRunBusy(): boolean {
  const busy = () => isBusy(run)
  return useSyncExternalStore(subscribe, busy, busy)
}

/** Whether the run is testing this row now; the row re-renders only when that changes. */
export function useRunTesting(key: string): boolean {
  const has = () => running.has(key)
  return useSyncExternalStore(subscribe, has, has)
}

/** For tests: forget any run. */
export function resetTestRunStore() {
  if (flushTimer) clearTimeout(flushTimer)
  flushTimer = null
  controller?.abort()
  run = null
  running = new Set()
}
