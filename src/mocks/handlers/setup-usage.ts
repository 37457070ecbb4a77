import { http } from 'msw'

import { dto, fieldFailure, gw, ngScope, page } from '../http'
import { fqnOf, toEntitySetupUsage, usagesOf } from '../setup-usages'

/** Both lists cap a page at 1000 ([SRC] EntitySetupUsageResource: `@Max(MAX_LIMIT)`, 1000). */
const MAX_PAGE_SIZE = 1000

function answer(url: URL, fqn: string) {
  const q = url.searchParams
  if (Number(q.get('pageSize') ?? 0) > MAX_PAGE_SIZE)
    return fieldFailure([
      { fieldId: 'pageSize', error: `must be less than or equal to ${MAX_PAGE_SIZE}` },
    ])
  const usages = usagesOf(fqn, q.get('referredEntityType'), q.get('searchTerm'))
  return dto(page(usages.map(toEntitySetupUsage), url, 100, MAX_PAGE_SIZE))
}

/**
 * Where an entity is used: ResponseDTO<PageResponse<EntitySetupUsageDTO>> ([SRC] harness-core
 * 120-ng-manager EntitySetupUsageResource). Two public reads of the same records:
 * - `GET /entitySetupUsage/v2` (listAllEntityUsageByFqn): `referredEntityFQN` (account/org/
 *   project/identifier), `referredEntityType` (`Connectors`), `searchTerm`, `pageIndex`,
 *   `pageSize` (default 100). Harness's own UI calls this one (EntityUsage.tsx).
 * - `GET /entitySetupUsage` (listReferredByEntities): the scope params and `identifier` instead.
 */
export const setupUsageHandlers = [
  http.get(gw('/ng/api/entitySetupUsage/v2'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    return answer(url, url.searchParams.get('referredEntityFQN') ?? '')
  }),

  http.get(gw('/ng/api/entitySetupUsage'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const { accountId, orgId, projectId } = scope.scope
    const identifier = url.searchParams.get('identifier') ?? ''
    return answer(
      url,
      fqnOf(accountId, { identifier, orgIdentifier: orgId, projectIdentifier: projectId }),
    )
  }),
]
