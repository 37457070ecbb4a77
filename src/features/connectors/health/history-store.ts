import { useSyncExternalStore } from 'react'

import type { Scope } from '@/api/scope'

import { HISTORY_LIMIT, type HealthRecord } from './history'

/**
 * The console's record of the tests it ran, in localStorage (docs/decisions/0003). The Manager API
 * has no history endpoint, so this is per browser; nothing secret is kept (see HealthRecord).
 */
const STORAGE_KEY = 'delegate-console:connector-health'
/** Bounded so a 5,000-connector account never fills the browser's storage. */
const MAX_CONNECTORS = 500

type Store = Record<string, HealthRecord[]>
const EMPTY: HealthRecord[] = []
const listeners = new Set<() => void>()
let cache: Store | null = null

export function historyKey(
  scope: Pick<Scope, 'accountId' | 'orgId' | 'projectId'>,
  identifier: string,
) {
  return [scope.accountId, scope.orgId ?? '', scope.projectId ?? '', identifier].join('/')
}

function read(): Store {
  if (cache) return cache
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown
    cache = parsed && typeof parsed === 'object' ? (parsed as Store) : {}
  } catch {
    cache = {}
  }
  return cache
}

function write(next: Store) {
  cache = next
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  } catch {
    // Storage full or blocked: keep the record for this session only.
  }
  listeners.forEach((l) => l())
}

export function recordHealth(key: string, record: HealthRecord) {
  const store = read()
  const kept = [...(store[key] ?? []), record].slice(-HISTORY_LIMIT)
  const { [key]: _previous, ...others } = store
  // Most recently tested connectors last; the oldest are dropped beyond MAX_CONNECTORS.
  const entries = Object.entries(others).slice(-(MAX_CONNECTORS - 1))
  write({ ...Object.fromEntries(entries), [key]: kept })
}

export function readHealth(key: string): HealthRecord[] {
  return read()[key] ?? EMPTY
}

export function clearHealthStore() {
  cache = null
  localStorage.removeItem(STORAGE_KEY)
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return
    cache = null
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
