import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { Toaster } from 'sonner'

import { createQueryClient } from '@/api/query-client'

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: ReturnType<typeof createQueryClient> }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      {children}
      <Toaster position="bottom-right" richColors closeButton theme="system" />
    </QueryClientProvider>
  )
}
