import type { FieldError } from './schemas/common'

const NOT_FOUND_CODES = new Set([
  'RESOURCE_NOT_FOUND_EXCEPTION',
  'RESOURCE_NOT_FOUND',
  'ENTITY_NOT_FOUND',
  'CONNECTOR_NOT_FOUND_EXCEPTION',
])

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'aborted'

/**
 * The one error every API call throws. `code` is the Manager's ErrorCode (e.g. INVALID_REQUEST,
 * RESOURCE_NOT_FOUND_EXCEPTION); branch on it rather than on the status alone, because most codes
 * map to HTTP 400 (REFERENCE.md §2c, §9.3).
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly code: string | undefined
  readonly fieldErrors: FieldError[]
  readonly correlationId: string | undefined
  /** What the call needed, for a 403 message (e.g. "Delegates: View"). */
  readonly permission: string | undefined
  /** The request's method: a failed write says whether anything may have changed. */
  readonly method: string | undefined
  /** False when the request never left the browser (it was offline); true or unknown otherwise. */
  readonly sent: boolean

  constructor(init: {
    kind: ApiErrorKind
    message: string
    status?: number
    code?: string | null
    fieldErrors?: FieldError[] | null
    correlationId?: string | null
    permission?: string
    method?: string
    sent?: boolean
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status ?? 0
    this.code = init.code ?? undefined
    this.fieldErrors = init.fieldErrors ?? []
    this.correlationId = init.correlationId ?? undefined
    this.permission = init.permission
    this.method = init.method
    this.sent = init.sent ?? true
  }

  /** A write (not a read): what it did on the Manager may matter to the next step. */
  get isWrite() {
    return this.method !== undefined && this.method !== 'GET'
  }

  get isUnauthorized() {
    return this.status === 401
  }
  get isForbidden() {
    return this.status === 403
  }
  /**
   * The thing asked for is not there. A missing connector is HTTP 400 with
   * RESOURCE_NOT_FOUND_EXCEPTION (REFERENCE.md §2c, §9.3); the other not-found codes map to 404.
   */
  get isNotFound() {
    return this.status === 404 || (this.code !== undefined && NOT_FOUND_CODES.has(this.code))
  }
  /** Worth retrying a read: the server or the network failed, not the request. */
  get isTransient() {
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** A sentence a user can act on, for toasts and error panels. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something went wrong.'
  // A write that got no answer: say whether it can have happened, so nobody sends it twice blind.
  if (error.isWrite && error.kind === 'network')
    return error.sent
      ? 'The Manager could not be reached, so the console cannot tell whether the change was made. Check the list (it refreshes on its own) before you try again.'
      : 'The Manager could not be reached: the browser is offline, so nothing was sent and nothing changed. Try again once you are back online.'
  if (error.isWrite && error.kind === 'timeout')
    return 'The Manager took too long to answer, so the change may or may not have been made. Check the list (it refreshes on its own) before you try again.'
  switch (error.kind) {
    case 'network':
      return 'The Manager could not be reached. Check your connection and try again.'
    case 'timeout':
      return 'The Manager took too long to answer. Try again in a moment.'
    case 'parse':
      return `The Manager sent an answer the console does not understand (${error.message}).`
    case 'aborted':
      return 'The request was cancelled.'
    case 'http':
      break
  }
  if (error.status === 401)
    return 'Your session has expired or the API key was rejected. Sign in again.'
  if (error.status === 403)
    return error.permission
      ? `You do not have permission to do this. Ask an admin for the "${error.permission}" permission.`
      : `You do not have permission to do this. ${error.message}`
  if (error.status >= 500) return `The Manager had a problem (${error.status}). ${error.message}`
  return error.message
}
