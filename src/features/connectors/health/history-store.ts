import { useSyncExternalStore } from 'react'

import type { ConnectivityDetails } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

import { addRecord, managerRecord, trimHistory, type HealthRecord } from './history'

/**
 * The console's record of the tests it ran, in localStorage (docs/decisions/0004). The Manager API
 * has no history endpoint, so this is per browser; nothing secret is kept (see HealthRecord).
 * Version 2 keys each connector by its creation time too; version 1's records (keyed by identifier
 * alone, so shared by a deleted connector and its re-creation) are dropped.
 */
const STORAGE_KEY = 'delegate-console:connector-health:v2'
const LEGACY_KEYS = ['delegate-console:connector-health']
/** Bounded so a 5,000-connector account never fills the browser's storage. */
const MAX_CONNECTORS = 500

type Store = Record<string, HealthRecord[]>
const EMPTY: HealthRecord[] = []
const listeners = new Set<() => void>()
let cache: Store | null = null

type OwnScope = Pick<Scope, 'accountId' | 'orgId' | 'projectId'>

/** Everything before the creation time: the same for every connector ever given this identifier. */
function identityPrefix(scope: OwnScope, identifier: string) {
  return `${[scope.accountId, scope.orgId ?? '', scope.projectId ?? '', identifier].join('/')}@`
}

/**
 * One connector's history: its own scope, identifier and creation time, so a connector deleted
 * and created again under the same identifier starts with no history.
 */
export function historyKey(
  scope: OwnScope,
  identifier: string,
  createdAt: number | null | undefined,
) {
  return `${identityPrefix(scope, identifier)}${createdAt ?? ''}`
}

function read(): Store {
  if (cache) return cache
  try {
    for (const legacy of LEGACY_KEYS) localStorage.removeItem(legacy)
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown
    cache = parsed && typeof parsed === 'object' ? (parsed as Store) : {}
  } catch {
    cache = {}
  }
  return cache
}

/**
 * Writes reach localStorage at most once a second, and when the page is hidden or left: during a
 * test-all run results arrive several a second, and serialising up to 500 connectors' history for
 * each one was a long task on the page's thread. The in-memory store answers every read at once.
 */
const PERSIST_DELAY_MS = 1000
let pending: ReturnType<typeof setTimeout> | null = null

function persist() {
  pending = null
  if (!cache) return
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(cache))
  } catch {
    // Storage full or blocked: keep the record for this session only.
  }
}

/** Writes what is waiting now (the page is going away, or a test needs it stored). */
export function flushHealthStore() {
  if (pending === null) return
  clearTimeout(pending)
  persist()
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushHealthStore)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushHealthStore()
  })
}

function write(next: Store) {
  cache = next
  pending ??= setTimeout(persist, PERSIST_DELAY_MS)
  listeners.forEach((l) => l())
}

/**
 * Keeps a test result. `previous` is the Manager's last result as the console saw it before this
 * test: it is kept first, so a failure someone else saw earlier still bounds "failing since" once
 * this test replaces it in the Manager's answer.
 */
export function recordHealth(
  key: string,
  record: HealthRecord,
  previous?: ConnectivityDetails | null,
) {
  const store = read()
  const before = managerRecord(previous)
  const withPrevious = before ? addRecord(store[key] ?? [], before) : (store[key] ?? [])
  const kept = trimHistory(addRecord(withPrevious, record, true))
  const { [key]: _previous, ...others } = store
  // Most recently tested connectors last; the oldest are dropped beyond MAX_CONNECTORS.
  const entries = Object.entries(others).slice(-(MAX_CONNECTORS - 1))
  write({ ...Object.fromEntries(entries), [key]: kept })
}

export function readHealth(key: string): HealthRecord[] {
  return read()[key] ?? EMPTY
}

/** Removes a deleted connector's history (every creation of that identifier at that scope). */
export function forgetHealth(scope: OwnScope, identifier: string) {
  const prefix = identityPrefix(scope, identifier)
  const store = read()
  if (!Object.keys(store).some((k) => k.startsWith(prefix))) return
  write(Object.fromEntries(Object.entries(store).filter(([k]) => !k.startsWith(prefix))))
}

/** Removes every kept result: a reset or a new account has none of these connectors. */
export function clearHealthStore() {
  if (pending !== null) clearTimeout(pending)
  pending = null
  cache = null
  try {
    localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Blocked storage: nothing was kept there either.
  }
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return
    // Another tab stored its results; ours, if any are waiting, are written over them next.
    if (pending === null) cache = null
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The kept results of one connector; re-renders when a test anywhere in the app records one. */
export function useHealthRecords(key: string): HealthRecord[] {
  return useSyncExternalStore(
    subscribe,
    () => readHealth(key),
    () => EMPTY,
  )
}
