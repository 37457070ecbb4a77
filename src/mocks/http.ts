import { HttpResponse } from 'msw'

import { GATEWAY } from '@/api/client'
import type { FieldError } from '@/api/schemas/common'
import type { Scope } from '@/api/scope'

import { db } from './db'

/** Every mocked path is matched on any origin under the gateway, as the real client calls it. */
export const gw = (path: string) => `*${GATEWAY}${path}`

let correlation = 0
/** Every body the mock answers with, success or error, carries one, as the Manager's do. */
export const correlationId = () => `mock-${Date.now().toString(36)}-${(++correlation).toString(36)}`

/** `ResponseDTO` success (REFERENCE.md §2a). */
export const dto = <T>(data: T, init?: ResponseInit) =>
  HttpResponse.json(
    { status: 'SUCCESS', data, metaData: null, correlationId: correlationId() },
    init,
  )

/** `RestResponse` success (§2b). */
export const rest = <T>(resource: T) =>
  HttpResponse.json({ metaData: {}, resource, responseMessages: [] })

/** NG `Failure` body: validation errors, HTTP 400 unless told otherwise (§2c). */
export const failure = (
  message: string,
  errors: FieldError[] = [],
  code = 'INVALID_REQUEST',
  status = 400,
) =>
  HttpResponse.json(
    { status: 'FAILURE', code, message, correlationId: correlationId(), errors },
    { status },
  )

/** A 400 `Failure` whose message lists its field errors (`name: must not be blank, spec.url: …`). */
export const fieldFailure = (errors: FieldError[]) =>
  failure(errors.map((e) => `${e.fieldId}: ${e.error}`).join(', '), errors)

/** NG `Error` body: exceptions (§2c). */
export const errorBody = (status: number, code: string, message: string) =>
  HttpResponse.json(
    {
      status: 'ERROR',
      code,
      message,
      correlationId: correlationId(),
      detailedMessage: null,
      responseMessages: [{ code, level: 'ERROR', message }],
      metadata: null,
    },
    { status },
  )

/**
 * A path the mock does not serve: JAX-RS NotFoundException, which the NG Manager maps to HTTP 400
 * RESOURCE_NOT_FOUND_EXCEPTION in the Failure body (REFERENCE.md §2c).
 */
export const noRoute = (url: URL) =>
  failure(`No route ${url.pathname}`, [], 'RESOURCE_NOT_FOUND_EXCEPTION')

export function page<T>(items: T[], url: URL, defaultSize = 50, maxSize = 100) {
  const pageIndex = Math.max(0, Number(url.searchParams.get('pageIndex') ?? 0) || 0)
  const pageSize = Math.min(
    maxSize,
    Math.max(1, Number(url.searchParams.get('pageSize') ?? defaultSize) || defaultSize),
  )
  const content = items.slice(pageIndex * pageSize, pageIndex * pageSize + pageSize)
  return {
    totalPages: Math.ceil(items.length / pageSize),
    totalItems: items.length,
    pageItemCount: content.length,
    pageSize,
    content,
    pageIndex,
    empty: content.length === 0,
  }
}

type ScopeResult = { scope: Scope } | { error: Response }

function checkScope(
  accountId: string | null,
  orgId: string | null,
  projectId: string | null,
  names: [string, string, string],
): ScopeResult {
  if (!accountId)
    return {
      error: failure(`${names[0]}: must not be null`, [
        { fieldId: names[0], error: 'must not be null' },
      ]),
    }
  if (accountId !== db().account.identifier)
    return {
      error: errorBody(
        401,
        'INVALID_CREDENTIAL',
        `Account [${accountId}] does not match this API key.`,
      ),
    }
  if (projectId && !orgId)
    return {
      error: failure(`${names[1]}: must be provided with ${names[2]}`, [
        { fieldId: names[1], error: 'is required for a project' },
      ]),
    }
  if (orgId && !db().organizations.some((o) => o.organization.identifier === orgId))
    return {
      error: errorBody(
        400,
        'RESOURCE_NOT_FOUND_EXCEPTION',
        `Organization with identifier [${orgId}] not found`,
      ),
    }
  if (
    projectId &&
    !db().projects.some(
      (p) => p.project.identifier === projectId && p.project.orgIdentifier === orgId,
    )
  )
    return {
      error: errorBody(
        400,
        'RESOURCE_NOT_FOUND_EXCEPTION',
        `Project with identifier [${projectId}] not found in org [${orgId}]`,
      ),
    }
  return { scope: { accountId, orgId: orgId || undefined, projectId: projectId || undefined } }
}

/** NG scope params: accountIdentifier, orgIdentifier, projectIdentifier. */
export function ngScope(url: URL): ScopeResult {
  const q = url.searchParams
  return checkScope(
    q.get('accountIdentifier'),
    q.get('orgIdentifier'),
    q.get('projectIdentifier'),
    ['accountIdentifier', 'orgIdentifier', 'projectIdentifier'],
  )
}

/** Manager scope params: accountId, orgId, projectId (REFERENCE.md §9.7). */
export function managerScope(url: URL): ScopeResult {
  const q = url.searchParams
  return checkScope(q.get('accountId'), q.get('orgId'), q.get('projectId'), [
    'accountId',
    'orgId',
    'projectId',
  ])
}

/** Same scope: the entity's org/project equal the request's (null and '' are "none"). */
export function atScope(
  entity: { orgIdentifier?: string | null; projectIdentifier?: string | null },
  scope: Scope,
) {
  return (
    (entity.orgIdentifier || undefined) === scope.orgId &&
    (entity.projectIdentifier || undefined) === scope.projectId
  )
}

/** The entity is visible from the scope: same scope or any parent scope. */
export function visibleFrom(
  entity: { orgIdentifier?: string | null; projectIdentifier?: string | null },
  scope: Scope,
) {
  const org = entity.orgIdentifier || undefined
  const project = entity.projectIdentifier || undefined
  if (!org) return true
  if (org !== scope.orgId) return false
  return !project || project === scope.projectId
}

/** Delegate-token owner: absent = account, "org" or "org/project" ([SRC] DelegateTokenDetails). */
export function ownerOf(scope: Scope) {
  if (!scope.orgId) return undefined
  return scope.projectId ? `${scope.orgId}/${scope.projectId}` : scope.orgId
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    return undefined
  }
}
