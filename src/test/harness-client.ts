import { setupClient } from '@harness-client/custom-fetcher/index.js'

import type { ContractName } from '@/api/contract/to-zod'
import { contractProblems } from '@/api/contract/validate'
import { MOCK_ACCOUNT_ID } from '@/api/session'
import { createMockManagerHandler } from '@/mocks/http-server'

/**
 * Test harness: Harness's own published client (`@harnessio/react-ng-manager-v2-client`) wired to
 * the mock Manager as a real Manager would be reached: its fetchers build the URL
 * (`/gateway/ng/api/...`), the `x-api-key` header and the body; the mock's HTTP stand-in (the one
 * `npm run mock-manager` serves, which refuses a missing or bad key) answers.
 */

export const ORIGIN = 'http://manager.test'
export const account = { accountIdentifier: MOCK_ACCOUNT_ID }

let apiKey = 'pat.contract.test'
let lastStatus = 0

export function driveMockWithHarnessClient() {
  const { handle } = createMockManagerHandler()
  setupClient({
    urlInterceptor: (url: string) => `${ORIGIN}/gateway/ng/api${url}`,
    requestInterceptor: (request: Request) => {
      request.headers.set('x-api-key', apiKey)
      return request
    },
  })
  const fetchStub = async (input: Request | string, init?: RequestInit) => {
    const response = await handle(input instanceof Request ? input : new Request(input, init))
    lastStatus = response.status
    return response
  }
  beforeEach(() => {
    apiKey = 'pat.contract.test'
    vi.stubGlobal('fetch', fetchStub)
  })
  afterEach(() => vi.unstubAllGlobals())
}

export const withApiKey = (key: string) => (apiKey = key)

/** Calls one of the client's fetchers; resolves with the HTTP status and the parsed body. */
export async function call<T>(
  fetcher: () => Promise<{ body: T }>,
): Promise<{ status: number; body: T }> {
  try {
    const { body } = await fetcher()
    return { status: lastStatus, body }
  } catch (error) {
    return { status: lastStatus, body: error as T }
  }
}

/** The body must be exactly the client's declared type: valid, and no field the type lacks. */
export function expectContract(name: ContractName, body: unknown) {
  expect(contractProblems(name, body), `${name}`).toEqual([])
}
