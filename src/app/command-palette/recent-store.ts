import { useSyncExternalStore } from 'react'

/**
 * The palette's recent choices, newest first, kept in localStorage per account (issue 25). Only a
 * command's id (what it acts on: `connector:default/cd_platform/github_acme`, `action:theme`) and
 * the label it had are kept; nothing else of a result is ever written, so no token value or
 * secret can reach storage through it.
 */
export interface RecentItem {
  id: string
  label: string
}

export const RECENT_MAX = 5
/** An id is a kind and its target, URI-encoded: no spaces, and never long. */
const ID = /^[a-z-]+:\S{0,400}$/
const LABEL_MAX = 200
const PREFIX = 'delegate-console:palette-recent:'
const key = (accountId: string) => PREFIX + accountId

/** The stored list, re-checked: anything not shaped like an item is dropped. */
function parse(raw: string | null): RecentItem[] {
  try {
    const value = JSON.parse(raw ?? '[]') as unknown
    if (!Array.isArray(value)) return []
    return value
      .flatMap((entry: unknown) => {
        const item = entry as Partial<RecentItem> | null
        if (typeof item?.id !== 'string' || !ID.test(item.id)) return []
        if (typeof item.label !== 'string' || !item.label.trim()) return []
        return [{ id: item.id, label: item.label.slice(0, LABEL_MAX) }]
      })
      .slice(0, RECENT_MAX)
  } catch {
    return []
  }
}

const listeners = new Set<() => void>()
const cache = new Map<string, { raw: string | null; items: RecentItem[] }>()

function readRaw(accountId: string) {
  try {
    return localStorage.getItem(key(accountId))
  } catch {
    return null
  }
}

/** The recent items of an account, newest first (the same array while storage is unchanged). */
export function recentItems(accountId: string): RecentItem[] {
  const raw = readRaw(accountId)
  const hit = cache.get(accountId)
  if (hit && hit.raw === raw) return hit.items
  const items = parse(raw)
  cache.set(accountId, { raw, items })
  return items
}

/** Puts a choice first (once), keeping the last RECENT_MAX. Storage refused: nothing is kept. */
export function rememberRecent(accountId: string, item: RecentItem) {
  if (!ID.test(item.id) || !item.label.trim()) return
  // Only these two fields, whatever else the caller's object carries.
  const entry: RecentItem = { id: item.id, label: item.label.slice(0, LABEL_MAX) }
  const next = [entry, ...recentItems(accountId).filter((r) => r.id !== entry.id)]
  try {
    localStorage.setItem(key(accountId), JSON.stringify(next.slice(0, RECENT_MAX)))
  } catch {
    return
  }
  listeners.forEach((l) => l())
}

/** Drops an item that no longer leads anywhere (its connector was deleted). */
export function forgetRecent(accountId: string, id: string) {
  const items = recentItems(accountId)
  if (!items.some((r) => r.id === id)) return
  try {
    localStorage.setItem(key(accountId), JSON.stringify(items.filter((r) => r.id !== id)))
  } catch {
    return
  }
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(PREFIX)) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

const NONE: RecentItem[] = []

export function useRecentItems(accountId: string): RecentItem[] {
  return useSyncExternalStore(
    subscribe,
    () => recentItems(accountId),
    () => NONE,
  )
}
