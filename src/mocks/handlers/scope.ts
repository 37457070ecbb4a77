import { http } from 'msw'

import { db } from '../db'
import { dto, errorBody, gw, ngScope, page } from '../http'

const matches = (term: string | null, ...values: (string | null | undefined)[]) =>
  !term || values.some((v) => v?.toLowerCase().includes(term.toLowerCase()))

/**
 * The user the mock's API key belongs to. [INF] REFERENCE.md has no user endpoint; the shape is
 * Harness's client's UserInfo (`getCurrentUserInfo`), which wins where the two are silent.
 */
export const MOCK_KEY_USER = {
  uuid: 'mock-user-priya',
  name: 'Priya Raman',
  email: 'priya.raman@acme.example',
  defaultAccountId: '',
  admin: true,
} as const

/** Harness's cluster names as the account reports them, and as admins read them. */
const CLUSTER_LABELS: Record<string, string> = { prod1: 'Prod1', prod2: 'Prod2', prod3: 'Prod3' }

/** Organizations and projects (REFERENCE.md §7); the account and the key's user. */
export const scopeHandlers = [
  // [INF] From Harness's client (`getAccountNg`: GET /ng/api/accounts/{accountIdentifier}); not in
  // REFERENCE.md. The account is the path's; another account's is not this key's to read.
  http.get(gw('/ng/api/accounts/:accountIdentifier'), ({ params }) => {
    const account = db().account
    if (params.accountIdentifier !== account.identifier)
      return errorBody(
        401,
        'INVALID_CREDENTIAL',
        `Account [${String(params.accountIdentifier)}] does not match this API key.`,
      )
    return dto({
      identifier: account.identifier,
      name: account.name,
      companyName: account.name,
      cluster: CLUSTER_LABELS[account.cluster] ?? account.cluster,
      accountType: account.tier === 'paid' ? 'PAID' : 'COMMUNITY',
      nextGenEnabled: true,
      defaultExperience: 'NG',
    })
  }),
  // [INF] From Harness's client (`getCurrentUserInfo`: GET /ng/api/user/currentUser).
  http.get(gw('/ng/api/user/currentUser'), ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    return dto({ ...MOCK_KEY_USER, defaultAccountId: scope.scope.accountId })
  }),
  http.get(gw('/ng/api/organizations'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const term = url.searchParams.get('searchTerm')
    return dto(
      page(
        db().organizations.filter((o) =>
          matches(term, o.organization.name, o.organization.identifier),
        ),
        url,
      ),
    )
  }),
  http.get(gw('/ng/api/organizations/:identifier'), ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const org = db().organizations.find((o) => o.organization.identifier === params.identifier)
    return org
      ? dto(org)
      : errorBody(
          404,
          'RESOURCE_NOT_FOUND',
          `Organization with identifier [${String(params.identifier)}] not found`,
        )
  }),
  http.get(gw('/ng/api/projects'), ({ request }) => {
    const url = new URL(request.url)
    const account = url.searchParams.get('accountIdentifier')
    const scope = ngScope(
      new URL(`${url.origin}${url.pathname}?accountIdentifier=${account ?? ''}`),
    )
    if ('error' in scope) return scope.error
    const org = url.searchParams.get('orgIdentifier')
    const term = url.searchParams.get('searchTerm')
    const projects = db().projects.filter(
      (p) =>
        (!org || p.project.orgIdentifier === org) &&
        matches(term, p.project.name, p.project.identifier),
    )
    return dto(page(projects, url))
  }),
  http.get(gw('/ng/api/projects/:identifier'), ({ request, params }) => {
    const url = new URL(request.url)
    const org = url.searchParams.get('orgIdentifier') ?? 'default'
    const project = db().projects.find(
      (p) => p.project.identifier === params.identifier && p.project.orgIdentifier === org,
    )
    return project
      ? dto(project)
      : errorBody(
          404,
          'RESOURCE_NOT_FOUND',
          `Project with identifier [${String(params.identifier)}] not found`,
        )
  }),
]
