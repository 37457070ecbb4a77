import { http } from 'msw'

import { db } from '../db'
import { dto, errorBody, gw, ngScope, page } from '../http'

const matches = (term: string | null, ...values: (string | null | undefined)[]) =>
  !term || values.some((v) => v?.toLowerCase().includes(term.toLowerCase()))

/** Organizations and projects (REFERENCE.md §7). */
export const scopeHandlers = [
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
