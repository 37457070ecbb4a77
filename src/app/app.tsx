import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'

import { loadedQueryClient } from '@/api/query-client-loader'
import { getRuntimeConfig } from '@/api/runtime-config'
import { clearSession } from '@/api/session'
import { setUnauthorizedHandler } from '@/api/unauthorized'
import { paths } from '@/lib/paths'

import { AppProvider } from './provider'
import { createRouter } from './router'

export function App() {
  const [router] = useState(() => {
    const instance = createRouter()
    // A 401 anywhere: drop the key and the cache, sign in again, then come back to this page.
    setUnauthorizedHandler(() => {
      if (getRuntimeConfig().backend !== 'manager') return
      clearSession()
      loadedQueryClient()?.clear()
      const { pathname, search } = instance.state.location
      if (pathname !== paths.signIn)
        void instance.navigate(`${paths.signIn}?next=${encodeURIComponent(pathname + search)}`, {
          replace: true,
        })
    })
    return instance
  })
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
