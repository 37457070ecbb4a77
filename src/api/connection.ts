import type { QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

import { isApiError } from './errors'

/**
 * Whether the console can reach the Manager (issue 25, a flaky network). `offline`: the browser
 * says it has no network. `unreachable`: reads fail without an answer (network error or timeout)
 * though the browser is online. Any answer from the Manager, even an error, means it is reachable.
 * While unreachable, the reads that failed are retried with back-off (2 s, doubling to 30 s); the
 * browser coming back online retries at once (TanStack Query's own refetch on reconnect).
 */
export type ConnectionStatus = 'online' | 'offline' | 'unreachable'

export interface ConnectionState {
  status: ConnectionStatus
  /** When the connection was lost (epoch ms), or null while online. */
  since: number | null
  /** When the next automatic retry runs, while unreachable. */
  retryAt: number | null
}

const FIRST_RETRY_MS = 2_000
const MAX_RETRY_MS = 30_000

let state: ConnectionState = { status: 'online', since: null, retryAt: null }
const listeners = new Set<() => void>()
let client: QueryClient | null = null
let timer: ReturnType<typeof setTimeout> | null = null
let delay = FIRST_RETRY_MS

function set(next: ConnectionState) {
  state = next
  listeners.forEach((l) => l())
}

function clearTimer() {
  if (timer) clearTimeout(timer)
  timer = null
}

function schedule() {
  clearTimer()
  const at = Date.now() + delay
  set({ ...state, retryAt: at })
  timer = setTimeout(() => {
    delay = Math.min(delay * 2, MAX_RETRY_MS)
    retryNow()
  }, delay)
}

/** Read again what failed; a success anywhere brings the state back to online. */
export function retryNow() {
  if (!client) return
  if (state.status === 'unreachable') schedule()
  void client.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' })
}

/** A read failed: without an answer it counts against the connection. */
export function reportReadError(error: unknown) {
  if (!isApiError(error) || (error.kind !== 'network' && error.kind !== 'timeout')) return
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return goOffline()
  if (state.status === 'unreachable') return
  delay = FIRST_RETRY_MS
  set({ status: 'unreachable', since: Date.now(), retryAt: null })
  schedule()
}

/** Any answer: the Manager is there. */
export function reportAnswer() {
  if (state.status === 'online') return
  if (state.status === 'offline' && typeof navigator !== 'undefined' && !navigator.onLine) return
  clearTimer()
  delay = FIRST_RETRY_MS
  set({ status: 'online', since: null, retryAt: null })
}

function goOffline() {
  clearTimer()
  if (state.status !== 'offline')
    set({ status: 'offline', since: state.since ?? Date.now(), retryAt: null })
}

/** Wire the store to the app's query client and the browser's online and offline events. */
export function watchConnection(queryClient: QueryClient) {
  client = queryClient
  // No browser (a route's loader run in Node by a test): nothing to listen to.
  if (typeof window === 'undefined') return () => void (client = null)
  const online = () => {
    // Back online: reads resume (TanStack refetches on reconnect); the state follows their answers.
    if (state.status === 'offline') {
      set({ status: 'unreachable', since: state.since, retryAt: null })
      retryNow()
    }
  }
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', online)
  if (navigator.onLine === false) goOffline()
  return () => {
    window.removeEventListener('offline', goOffline)
    window.removeEventListener('online', online)
    clearTimer()
    client = null
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The state now (for code outside React, and tests). */
export const getConnection = () => state
const get = getConnection

export function useConnection(): ConnectionState {
  return useSyncExternalStore(subscribe, get, get)
}

/** Tests: back to online, no timers. */
export function resetConnection() {
  clearTimer()
  delay = FIRST_RETRY_MS
  state = { status: 'online', since: null, retryAt: null }
}
