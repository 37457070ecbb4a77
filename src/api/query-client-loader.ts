import type { QueryClient } from '@tanstack/react-query'

import { watchConnection } from './connection'

/**
 * React Query's client (query-core, about 7 kB gzip) is not part of the first page: the Getting
 * started page draws nothing from the API before its first paint. It loads with the first thing
 * that reads the API: a data page's route (router.tsx, beside the page's chunk, which already
 * imports the same 'api' chunk) or a part of the shell fetched after the first paint. Whatever
 * renders `useQuery` must be loaded through `withQueryClient`; the provider (app/provider.tsx)
 * has the client by then.
 */
let client: QueryClient | null = null
let loading: Promise<QueryClient> | null = null
const listeners = new Set<() => void>()

export function loadQueryClient(): Promise<QueryClient> {
  loading ??= import('./query-client').then(({ createQueryClient }) => {
    client = createQueryClient()
    // Offline, or the Manager unreachable: a banner, and the failed reads retried with back-off.
    watchConnection(client)
    listeners.forEach((listener) => listener())
    return client
  })
  return loading
}

/** The client once it has loaded, else null (e.g. signing out before any page read the API). */
export function loadedQueryClient() {
  return client
}

export function subscribeQueryClient(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** A lazy loader that also waits for the query client: for `lazy()` and the router's `lazy`. */
export function withQueryClient<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadQueryClient()]).then(([loaded]) => loaded)
}
