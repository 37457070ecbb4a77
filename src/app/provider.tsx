import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useState, type ReactNode } from 'react'

import { afterFirstPaint } from '@/api/backend-ready'
import { createQueryClient } from '@/api/query-client'

// Toasts only follow user actions, so the toaster arrives after the first paint (and `toast`,
// lib/toast.ts, loads sonner on first use).
// It follows a theme the admin picked (src/app/theme/theme.ts), which stays out of the first page too.
const Toaster = lazy(() => afterFirstPaint().then(() => import('./toaster')))

export function AppProvider({
  children,
  queryClient,
}: {
  children: ReactNode
  queryClient?: ReturnType<typeof createQueryClient>
}) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      {children}
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </QueryClientProvider>
  )
}
