import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { loadRuntimeConfig } from '@/api/runtime-config'

import { App } from './app/app'
import './styles/global.css'

async function start() {
  const config = await loadRuntimeConfig()
  if (config.backend === 'mock') {
    // The embedded Manager is loaded only in mock mode, as its own chunk.
    const { startMockManager } = await import('./mocks/browser')
    await startMockManager()
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
