import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { setBackendReady, whenBackendReady } from '@/api/backend-ready'
import { loadRuntimeConfig } from '@/api/runtime-config'

import { App } from './app/app'
import './styles/global.css'

async function start() {
  const config = await loadRuntimeConfig()
  if (config.backend === 'mock') {
    // The embedded Manager is loaded only in mock mode, as its own chunk, while the shell paints;
    // API calls wait for it (backend-ready.ts).
    setBackendReady(
      import('./mocks/browser')
        .then(({ startMockManager }) => startMockManager())
        .then(() => undefined),
    )
  }
  void whenBackendReady().then(() => (document.documentElement.dataset.backend = 'ready'))
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
