import { useEffect, useState } from 'react'
import { RouterProvider } from 'react-router/dom'

import { watchConnection } from '@/api/connection'
import { createQueryClient, setUnauthorizedHandler } from '@/api/query-client'
import { getRuntimeConfig } from '@/api/runtime-config'
import { clearSession } from '@/api/session'
import { paths } from '@/lib/paths'

import { AppProvider } from './provider'
import { createRouter } from './router'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => {
    const instance = createRouter()
    // A 401 anywhere: drop the key and the cache, sign in again, then come back to this page.
    setUnauthorizedHandler(() => {
      if (getRuntimeConfig().backend !== 'manager') return
      clearSession()
      queryClient.clear()
      const { pathname, search } = instance.state.location
      if (pathname !== paths.signIn)
        void instance.navigate(`${paths.signIn}?next=${encodeURIComponent(pathname + search)}`, {
          replace: true,
        })
    })
    return instance
  })
  // Offline, or the Manager unreachable: a banner, and the failed reads retried with back-off.
  useEffect(() => watchConnection(queryClient), [queryClient])
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
