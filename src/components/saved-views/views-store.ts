import { useSyncExternalStore } from 'react'

/**
 * Saved views of the lists (issue 25): a name and the list's own URL state (filters, search and
 * sort), kept in localStorage per account. A view holds only the keys its list reads, so nothing
 * else of the URL (a scope, a dialog's param, anything secret) is ever stored; the scope is the
 * one the admin is in when opening it.
 */

export type ListName = 'connectors' | 'tokens' | 'delegates'

export interface SavedView {
  id: string
  name: string
  /** A canonical query string: the list's keys only, sorted, e.g. `q=prod&status=failed`. */
  query: string
}

/** The URL keys each list keeps in a view. Paging is left out: a view starts on its first page. */
export const VIEW_KEYS: Record<ListName, readonly string[]> = {
  connectors: ['q', 'status', 'category', 'type', 'sort', 'dir'],
  tokens: ['q', 'state', 'revoked', 'sort', 'dir'],
  delegates: ['q', 'status', 'type', 'behind', 'token'],
}

export const VIEW_NAME_MAX = 60
const KEY = (accountId: string) => `delegate-console:views:${accountId}`
type Stored = Partial<Record<ListName, SavedView[]>>

/** The list's part of `params`, canonical: known keys only, non-empty, sorted by key. */
export function viewQuery(list: ListName, params: URLSearchParams) {
  const keys = VIEW_KEYS[list]
  const kept = new URLSearchParams()
  for (const key of [...keys].sort()) {
    const value = params.get(key)
    if (value) kept.set(key, value)
  }
  return kept.toString()
}

function read(accountId: string): Stored {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY(accountId)) ?? '{}') as unknown
    if (!raw || typeof raw !== 'object') return {}
    const stored: Stored = {}
    for (const list of Object.keys(VIEW_KEYS) as ListName[]) {
      const views = (raw as Record<string, unknown>)[list]
      if (!Array.isArray(views)) continue
      stored[list] = views.flatMap((v: unknown) => {
        const view = v as Partial<SavedView> | null
        if (typeof view?.id !== 'string' || typeof view.name !== 'string') return []
        if (typeof view.query !== 'string') return []
        // Re-canonicalise: a hand-edited store cannot smuggle other keys into a link.
        const query = viewQuery(list, new URLSearchParams(view.query))
        return [{ id: view.id, name: view.name.slice(0, VIEW_NAME_MAX), query }]
      })
    }
    return stored
  } catch {
    return {}
  }
}

const listeners = new Set<() => void>()
const cache = new Map<string, { raw: string | null; views: Stored }>()

function snapshot(accountId: string): Stored {
  let raw: string | null
  try {
    raw = localStorage.getItem(KEY(accountId))
  } catch {
    raw = null
  }
  const hit = cache.get(accountId)
  if (hit && hit.raw === raw) return hit.views
  const views = read(accountId)
  cache.set(accountId, { raw, views })
  return views
}

function write(accountId: string, change: (stored: Stored) => Stored) {
  const next = change(snapshot(accountId))
  try {
    localStorage.setItem(KEY(accountId), JSON.stringify(next))
  } catch {
    // Storage full or refused: the views stay as they were, and the caller's toast says so.
    return false
  }
  listeners.forEach((l) => l())
  return true
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab saved or deleted a view.
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith('delegate-console:views:')) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

const NONE: SavedView[] = []

export function useSavedViews(accountId: string, list: ListName): SavedView[] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot(accountId)[list] ?? NONE,
    () => NONE,
  )
}

/** Why a name cannot be used, or null. Names are unique per list, ignoring case. */
export function nameProblem(
  name: string,
  views: Pick<SavedView, 'id' | 'name'>[],
  exceptId?: string,
) {
  const trimmed = name.trim()
  if (!trimmed) return 'Give the view a name.'
  if (trimmed.length > VIEW_NAME_MAX) return `A name has at most ${VIEW_NAME_MAX} characters.`
  const taken = views.some(
    (v) => v.id !== exceptId && v.name.toLowerCase() === trimmed.toLowerCase(),
  )
  return taken ? `A view named ${trimmed} already exists.` : null
}

export function saveView(accountId: string, list: ListName, name: string, query: string) {
  const view: SavedView = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: name.trim(),
    query: viewQuery(list, new URLSearchParams(query)),
  }
  const ok = write(accountId, (s) => ({ ...s, [list]: [...(s[list] ?? []), view] }))
  return ok ? view : null
}

export function renameView(accountId: string, list: ListName, id: string, name: string) {
  return write(accountId, (s) => ({
    ...s,
    [list]: (s[list] ?? []).map((v) => (v.id === id ? { ...v, name: name.trim() } : v)),
  }))
}

export function deleteView(accountId: string, list: ListName, id: string) {
  return write(accountId, (s) => ({ ...s, [list]: (s[list] ?? []).filter((v) => v.id !== id) }))
}
