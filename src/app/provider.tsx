import { QueryClientContext } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useSyncExternalStore, type ReactNode } from 'react'

import { afterFirstPaint } from '@/api/backend-ready'
import { loadedQueryClient, subscribeQueryClient } from '@/api/query-client-loader'

// Toasts only follow user actions, so the toaster arrives after the first paint (and `toast`,
// lib/toast.ts, loads sonner on first use).
// It follows a theme the admin picked (src/app/theme/theme.ts), which stays out of the first page too.
const Toaster = lazy(() => afterFirstPaint().then(() => import('./toaster')))

/**
 * React Query's context, with the client once it has loaded (api/query-client-loader.ts). This is
 * what `QueryClientProvider` does, for a client that arrives after the first render: the tree
 * keeps its shape, and nothing that reads the API renders before the client is there.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const client = useSyncExternalStore(subscribeQueryClient, loadedQueryClient)
  useEffect(() => {
    if (!client) return
    client.mount()
    return () => client.unmount()
  }, [client])
  return (
    <QueryClientContext.Provider value={client ?? undefined}>
      {children}
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </QueryClientContext.Provider>
  )
}
