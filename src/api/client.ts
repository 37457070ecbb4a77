import type { z } from '@/lib/zod-mini'

import { nextTask, whenBackendReady } from './backend-ready'
import { ApiError } from './errors'
import { getRuntimeConfig } from './runtime-config'
import { errorBodySchema, responseDtoSchema, restResponseSchema } from './schemas/common'
import { loadSession } from './session'

/** Every Manager path lives under the same-origin gateway (proxied in Manager mode, mocked otherwise). */
export const GATEWAY = '/gateway'
const DEFAULT_TIMEOUT_MS = 30_000

type QueryValue = string | number | boolean | null | undefined | readonly string[]
export type Query = Record<string, QueryValue>

interface BaseRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path below the gateway, e.g. `/ng/api/connectors/listV2`. */
  path: string
  query?: Query
  body?: unknown
  signal?: AbortSignal
  /** The permission the call needs, named in a 403 message. */
  permission?: string
  timeoutMs?: number
  /**
   * A POST that changes nothing (a listing with a filter body, a connection test): it fails as a
   * read does, and offline it waits for the network instead of being refused as a write.
   */
  safe?: boolean
}

export function buildUrl(path: string, query: Query = {}) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value))
      for (const item of value as readonly string[]) params.append(key, item)
    else params.append(key, String(value))
  }
  const search = params.toString()
  return `${GATEWAY}${path}${search ? `?${search}` : ''}`
}

/**
 * A burst of requests leaves a few at a time, one group per task. A page's first render asks for
 * eight things at once; sent together, their `fetch` calls (5–8 ms for the eight on this project's
 * 2-core machine, in a page the demo's service worker controls) and the embedded Manager's answers
 * to them made tasks long enough to delay a tap on a phone. ADR 0003 has the measurements.
 */
const REQUESTS_PER_TASK = 3
let sentThisTask = 0

/**
 * The count clears when a zero-delay timer fires, so a group is what leaves between two timer
 * turns: in a page, usually one task's worth. Requests that start in other tasks before that turn
 * (a response's handler, say) join the group, and wait for the next turn if it is full.
 */
async function takeTurn(): Promise<void> {
  while (sentThisTask >= REQUESTS_PER_TASK) await nextTask()
  // The first of a group clears the count at the next timer turn.
  if (sentThisTask++ === 0) void nextTask().then(() => (sentThisTask = 0))
}

async function send(request: BaseRequest, accept: string): Promise<Response> {
  await whenBackendReady()
  await takeTurn()
  const headers = new Headers({ Accept: accept })
  const session = loadSession()
  // The key goes only to our own origin's /gateway (relative URL), never to any other host.
  if (session) headers.set('x-api-key', session.apiKey)
  const hasBody = request.body !== undefined
  if (hasBody) headers.set('Content-Type', 'application/json')

  const timeout = AbortSignal.timeout(
    request.timeoutMs ?? getRuntimeConfig().requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  )
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
  const method = request.method ?? 'GET'
  // What the error reports as the method: a safe POST counts as a read.
  const intent = request.safe ? 'GET' : method
  // Offline: a write is not sent at all (and says so), rather than failing halfway.
  if (intent !== 'GET' && typeof navigator !== 'undefined' && navigator.onLine === false)
    throw new ApiError({ kind: 'network', message: 'Offline', method: intent, sent: false })
  let response: Response
  try {
    response = await fetch(buildUrl(request.path, request.query), {
      method,
      headers,
      body: hasBody ? JSON.stringify(request.body) : undefined,
      signal,
      // The API key is the only credential (REFERENCE §1): no cookie of this origin goes with a
      // request. In demo mode it also spares the embedded mock reading document.cookie for every
      // handler it tries (a round trip to the browser process each time).
      credentials: 'omit',
    })
  } catch (cause) {
    if (request.signal?.aborted)
      throw new ApiError({ kind: 'aborted', message: 'Request cancelled.', method: intent })
    if (timeout.aborted)
      throw new ApiError({ kind: 'timeout', message: 'The request timed out.', method: intent })
    throw new ApiError({
      kind: 'network',
      message: cause instanceof Error ? cause.message : 'Network error',
      method: intent,
    })
  }
  if (!response.ok) throw await errorFrom(response, request.permission, intent)
  return response
}

/** Turn a non-2xx answer into an ApiError, reading the NG `Failure`/`Error` body when there is one. */
async function errorFrom(
  response: Response,
  permission?: string,
  method?: string,
): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status text.
  }
  const parsed = errorBodySchema.safeParse(body)
  const fallback = defaultMessage(response.status, response.statusText)
  if (!parsed.success)
    return new ApiError({
      kind: 'http',
      status: response.status,
      message: fallback,
      permission,
      method,
    })
  const { code, message, errors, correlationId, responseMessages } = parsed.data
  return new ApiError({
    kind: 'http',
    status: response.status,
    code,
    message: message || responseMessages?.[0]?.message || fallback,
    fieldErrors: errors,
    correlationId,
    permission,
    method,
  })
}

function defaultMessage(status: number, statusText: string) {
  if (status === 401) return 'The API key was rejected.'
  if (status === 403) return 'Access denied.'
  if (status >= 500) return `Server error ${status}${statusText ? ` ${statusText}` : ''}.`
  return `Request failed with ${status}${statusText ? ` ${statusText}` : ''}.`
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    throw new ApiError({ kind: 'parse', status: response.status, message: 'the body is not JSON' })
  }
}

function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, status: number): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? issue.path.join('.') : 'body'
  throw new ApiError({ kind: 'parse', status, message: `${where}: ${issue?.message ?? 'invalid'}` })
}

/** NG endpoints wrapped in `ResponseDTO {status, data, correlationId}` (REFERENCE.md §2a). */
export async function requestDto<T>(
  request: BaseRequest & { schema: z.ZodMiniType<T> },
): Promise<T> {
  const response = await send(request, 'application/json')
  const json = await readJson(response)
  const failure = errorBodySchema.safeParse(json)
  if (failure.success) throw errorFromBody(response.status, failure.data, request.permission)
  return parseWith(responseDtoSchema(request.schema), json, response.status).data
}

/** Delegate-token, delegate-setup and manager endpoints wrapped in `RestResponse {resource}` (§2b). */
export async function requestRest<T>(
  request: BaseRequest & { schema: z.ZodMiniType<T> },
): Promise<T> {
  const response = await send(request, 'application/json')
  const json = await readJson(response)
  // Same endpoint, other envelope: errors relayed by the NG layer arrive as an NG Error body (§2c).
  const failure = errorBodySchema.safeParse(json)
  if (failure.success) throw errorFromBody(response.status, failure.data, request.permission)
  return parseWith(restResponseSchema(request.schema), json, response.status).resource
}

/** Installer downloads: `text/plain` files with no envelope (§4a, §9.8). */
export async function requestFile(
  request: BaseRequest,
): Promise<{ content: string; filename?: string }> {
  const response = await send(request, 'text/plain, application/octet-stream, */*')
  // A JSON or HTML answer where a file belongs is a proxy page or a broken body, not an installer.
  const type = response.headers.get('Content-Type') ?? ''
  if (/json|html/i.test(type))
    throw new ApiError({
      kind: 'parse',
      status: response.status,
      message: `expected a file, got ${type.split(';')[0]}`,
    })
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1]
  return { content: await response.text(), filename }
}

function errorFromBody(status: number, body: z.infer<typeof errorBodySchema>, permission?: string) {
  return new ApiError({
    kind: 'http',
    status: status >= 400 ? status : 400,
    code: body.code,
    message: body.message || 'The Manager refused the request.',
    fieldErrors: body.errors,
    correlationId: body.correlationId,
    permission,
  })
}
