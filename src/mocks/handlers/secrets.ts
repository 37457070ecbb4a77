import { http } from 'msw'

import { db } from '../db'
import { atScope, dto, gw, ngScope, page, readJson, visibleFrom } from '../http'

/** Secrets list for the pickers (REFERENCE.md §7): values are never returned. */
function list(
  url: URL,
  filter: { types?: string[]; searchTerm?: string | null; includeAll?: boolean },
) {
  const scope = ngScope(url)
  if ('error' in scope) return scope.error
  const term = filter.searchTerm?.toLowerCase()
  const items = db().secrets.filter(({ secret }) => {
    const inScope = filter.includeAll
      ? visibleFrom(secret, scope.scope)
      : atScope(secret, scope.scope)
    const typeOk = !filter.types?.length || filter.types.includes(secret.type)
    const termOk =
      !term ||
      secret.name.toLowerCase().includes(term) ||
      secret.identifier.toLowerCase().includes(term)
    return inScope && typeOk && termOk
  })
  return dto(page(items, url, 50, 100))
}

export const secretHandlers = [
  http.get(gw('/ng/api/v2/secrets'), ({ request }) => {
    const url = new URL(request.url)
    const q = url.searchParams
    const types = [...q.getAll('types'), ...q.getAll('type')]
    return list(url, {
      types,
      searchTerm: q.get('searchTerm'),
      includeAll: q.get('includeAllSecretsAccessibleAtScope') === 'true',
    })
  }),
  http.post(gw('/ng/api/v2/secrets/list'), async ({ request }) => {
    const url = new URL(request.url)
    const body = ((await readJson(request)) ?? {}) as {
      secretTypes?: string[]
      searchTerm?: string
      includeAllSecretsAccessibleAtScope?: boolean
    }
    return list(url, {
      types: body.secretTypes,
      searchTerm: body.searchTerm,
      includeAll: body.includeAllSecretsAccessibleAtScope,
    })
  }),
]
