import { getResponse } from 'msw'

import { handlers } from './handlers'
import { errorBody, noRoute } from './http'

export interface LoggedRequest {
  method: string
  path: string
  apiKey: string | null
  cookie: string | null
}

/**
 * The same handlers as a stand-in Manager over HTTP (scripts/mock-manager.ts), for the Manager-mode
 * end-to-end test. Like the gateway, it answers 401 to a request without a usable `x-api-key`.
 */
export function createMockManagerHandler() {
  const log: LoggedRequest[] = []
  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const apiKey = request.headers.get('x-api-key')
    log.push({
      method: request.method,
      path: url.pathname + url.search,
      apiKey,
      cookie: request.headers.get('cookie'),
    })
    if (!apiKey || !/^(pat|sat)\./.test(apiKey) || apiKey.includes('revoked'))
      return errorBody(401, 'INVALID_TOKEN', 'Token is not valid.')
    if (apiKey.includes('noperm'))
      return errorBody(403, 'NG_ACCESS_DENIED', 'Missing permission core_delegate_view on DELEGATE')
    // Paths outside /gateway get the same unknown-route answer as the handlers' own fallback.
    return (await getResponse(handlers, request)) ?? noRoute(url)
  }
  return { handle, log }
}
