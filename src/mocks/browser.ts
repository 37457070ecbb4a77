import { setupWorker } from 'msw/browser'

import { nextTask } from '@/api/backend-ready'

import { currentSeed, db, resetDb, setPersistence, update, type MockDb } from './db'
import { moveDelegate } from './delegates'
import { clearFaults, getFaults, setFaults, setFaultStorage } from './faults'
import { handlers } from './handlers'
import { ownFiles } from './own-files'
import type { SeedName } from './seed'
import { clearTokenValues } from './token-values'
import { ignoreWorkerUpdateRace } from './worker-update-race'

const WORKER_URL = '/mockServiceWorker.js'

/** The embedded Manager: the same handlers as Vitest and the HTTP stand-in, in a service worker. */
export async function startMockManager() {
  setPersistence(window.localStorage)
  setFaultStorage(window.localStorage)
  const url = new URL(window.location.href)
  const seedParam = url.searchParams.get('mockSeed')
  if (seedParam === 'default' || seedParam === 'empty' || seedParam === 'large') resetDb(seedParam)
  // Applied once: left in the address, a reload or a shared link would wipe the account again.
  if (url.searchParams.has('mockSeed')) {
    url.searchParams.delete('mockSeed')
    window.history.replaceState(window.history.state, '', url)
  }
  ignoreWorkerUpdateRace(WORKER_URL)
  const worker = setupWorker(ownFiles, ...handlers)
  await worker.start({
    onUnhandledFrame: 'bypass',
    quiet: true,
    serviceWorker: { url: WORKER_URL },
  })
  // Seed the account in a task of its own, not inside the answer to the page's first request: two
  // shorter tasks instead of one long one the page cannot interrupt.
  await nextTask()
  db()
  // And the requests that waited for it in the next: each answer is work on this same thread.
  await nextTask()
  const control = {
    reset: (seed: SeedName = 'default') => {
      clearTokenValues()
      resetDb(seed)
    },
    seed: currentSeed,
    /** Free tier accounts get an empty Harness Cloud IP allowlist (seed 003). */
    setTier: (tier: MockDb['account']['tier']) => update((d) => void (d.account.tier = tier)),
    setFaults,
    getFaults,
    clearFaults,
    db,
    /** The rotation walkthrough's "I have updated it" in mock mode: the group now runs on the new token. */
    moveDelegate,
  }
  // A handle for demos and end-to-end tests (the fault switch, a fresh account).
  ;(window as unknown as { __mockManager: typeof control }).__mockManager = control
  return control
}

export type MockControl = Awaited<ReturnType<typeof startMockManager>>
