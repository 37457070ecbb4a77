import { resetConnection } from '@/api/connection'
import { clearHealthStore } from '@/features/connectors/health/history-store'
import { resetTestRunStore } from '@/features/connectors/health/test-run-store'
import { resetDb } from '@/mocks/db'
import { clearFaults } from '@/mocks/faults'
import { clearTokenValues } from '@/mocks/token-values'

/**
 * Test files share their worker's modules (`isolate: false` in vite.config.ts, for speed): each
 * file starts from what a fresh module graph would hold. The mock account is freshly seeded, no
 * fault is set, no token value is remembered, no test-all run or kept result is left, and the
 * browser storages (in jsdom) are empty. A file that needs more sets it up itself, as before.
 */
beforeAll(() => {
  if (typeof localStorage !== 'undefined') localStorage.clear()
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
  resetDb('default')
  clearFaults()
  resetConnection()
  clearTokenValues()
  resetTestRunStore()
  clearHealthStore()
})
