import { getResponse } from 'msw'

import { handlers } from './handlers'

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
      return Response.json(
        {
          status: 'ERROR',
          code: 'INVALID_TOKEN',
          message: 'Token is not valid.',
          correlationId: 'mock-manager',
          responseMessages: [],
        },
        { status: 401 },
      )
    if (apiKey.includes('noperm'))
      return Response.json(
        {
          status: 'ERROR',
          code: 'NG_ACCESS_DENIED',
          message: 'Missing permission core_delegate_view on DELEGATE',
          correlationId: 'mock-manager',
        },
        { status: 403 },
      )
    const response = await getResponse(handlers, request)
    return (
      response ??
      Response.json(
        {
          status: 'FAILURE',
          code: 'RESOURCE_NOT_FOUND_EXCEPTION',
          message: `No route ${url.pathname}`,
        },
        { status: 400 },
      )
    )
  }
  return { handle, log }
}
