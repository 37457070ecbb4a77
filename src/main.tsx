import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { afterFirstPaint, nextTask, setBackendReady, whenBackendReady } from '@/api/backend-ready'
import { loadQueryClient } from '@/api/query-client-loader'
import { loadRuntimeConfig } from '@/api/runtime-config'
import { applyStoredTheme } from '@/app/theme/theme-boot'

import { App } from './app/app'
import './styles/global.css'

// The built index.html's script has almost always done this already (vite.config.ts), but it is
// async, so it may come second; the dev server's index.html has no such script.
applyStoredTheme()

// `/config.json` and the first page's chunk load side by side: the router's loaders wait for the
// config (router.tsx), and so does every request.
const config = loadRuntimeConfig()
setBackendReady(
  config.then(async ({ backend }) => {
    if (backend !== 'mock') return
    // The embedded Manager (demo mode only) is its own chunk, fetched once the first page has
    // painted so it never competes with it; requests made before then wait here.
    await afterFirstPaint()
    // The API's chunk (zod, React Query, the schemas) first, in a task of its own: evaluated
    // together with the mock's, the two were one task long enough to block a phone's input.
    await loadQueryClient()
    await nextTask()
    const { startMockManager } = await import('./mocks/browser')
    await startMockManager()
  }),
)
void whenBackendReady().then(() => (document.documentElement.dataset.backend = 'ready'))

const root = createRoot(document.getElementById('root')!)
// A transition, so React renders the first page in slices and yields between them. Rendered as an
// ordinary update, the whole first render would be one long task the browser cannot interrupt.
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
