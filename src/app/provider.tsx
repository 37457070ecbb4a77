import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useState, type ReactNode } from 'react'

import { createQueryClient } from '@/api/query-client'

// Toasts only follow user actions, so the toaster can arrive after the first paint.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })))

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
        <Toaster position="bottom-right" richColors closeButton theme="system" />
      </Suspense>
    </QueryClientProvider>
  )
}
