import { http } from 'msw'

import { db, update } from '../db'
import { groupsAtScope, ownerOfGroup, toGroupDetails } from '../delegates'
import { errorBody, failure, gw, managerScope, ngScope, ownerOf, rest } from '../http'
import { generateTokenValue, getTokenValue, setTokenValue } from '../token-values'

/** Tokens past their revokeAfter are revoked lazily, as the Manager's job would ([SRC] revokeAfter). */
function expire(now = Date.now()) {
  const due = db().tokens.filter(
    (t) => t.status === 'ACTIVE' && t.revokeAfter && t.revokeAfter <= now,
  )
  if (due.length) update(() => due.forEach((t) => (t.status = 'REVOKED')))
}

/** Delegate tokens (REFERENCE.md §3): query params only, RestResponse envelope, NG Error on failure. */
export const delegateTokenHandlers = [
  http.get(gw('/ng/api/delegate-token-ng'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    expire()
    const owner = ownerOf(scope.scope)
    const status = url.searchParams.get('status')
    const name = url.searchParams.get('name')
    const tokens = db()
      .tokens.filter(
        (t) =>
          (t.ownerIdentifier ?? undefined) === owner &&
          (!status || t.status === status) &&
          (!name || t.name === name),
      )
      // The Manager returns the value to callers with delegate edit permission; the mock plays an editor.
      .map((t) => ({
        ...t,
        value: t.status === 'ACTIVE' ? (getTokenValue(owner, t.name) ?? null) : null,
      }))
    return rest(tokens)
  }),

  http.post(gw('/ng/api/delegate-token-ng'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const name = url.searchParams.get('tokenName')?.trim()
    if (!name)
      return failure('tokenName: must not be empty', [
        { fieldId: 'tokenName', error: 'must not be empty' },
      ])
    const revokeAfter = url.searchParams.get('revokeAfter')
    if (revokeAfter && !/^\d+$/.test(revokeAfter))
      return failure('revokeAfter: must be epoch milliseconds', [
        { fieldId: 'revokeAfter', error: 'must be epoch milliseconds' },
      ])
    const owner = ownerOf(scope.scope)
    const existing = db().tokens.find(
      (t) => t.name === name && (t.ownerIdentifier ?? undefined) === owner,
    )
    // Revoked names are kept for 30 days before the purge, so they still collide (REFERENCE.md §3).
    if (existing)
      return errorBody(
        400,
        'INVALID_REQUEST',
        `Token with given name ${name} already exists for given account.`,
      )
    const value = generateTokenValue()
    const token = {
      uuid: crypto.randomUUID(),
      accountId: scope.scope.accountId,
      name,
      status: 'ACTIVE' as const,
      createdAt: Date.now(),
      createdByNgUser: { type: 'USER', name: 'You' },
      ownerIdentifier: owner ?? null,
      revokeAfter: revokeAfter ? Number(revokeAfter) : null,
    }
    update((d) => d.tokens.push(token))
    setTokenValue(owner, name, value)
    return rest({ ...token, value })
  }),

  http.put(gw('/ng/api/delegate-token-ng'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const name = url.searchParams.get('tokenName')
    const owner = ownerOf(scope.scope)
    const token = db().tokens.find(
      (t) => t.name === name && (t.ownerIdentifier ?? undefined) === owner,
    )
    if (!token)
      return errorBody(400, 'INVALID_REQUEST', `Delegate token ${name ?? ''} does not exist.`)
    const now = Date.now()
    update((d) => {
      token.status = 'REVOKED'
      token.revokeAfter = now
      // SELF_DESTRUCT goes to every delegate on the token: they stop beating now.
      for (const group of d.delegateGroups)
        if (group.tokenName === token.name && ownerOfGroup(group) === owner)
          group.instances = group.instances.map((i) => ({
            ...i,
            heartbeat: i.heartbeat === 'live' ? now : i.heartbeat,
          }))
    })
    return rest({ ...token, value: null })
  }),

  http.delete(gw('/ng/api/delegate-token-ng'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const name = url.searchParams.get('tokenName')
    const owner = ownerOf(scope.scope)
    const token = db().tokens.find(
      (t) => t.name === name && (t.ownerIdentifier ?? undefined) === owner,
    )
    if (!token)
      return errorBody(400, 'INVALID_REQUEST', `Delegate token ${name ?? ''} does not exist.`)
    // [INF] The 2026 DELETE documents no rules; the mock only purges revoked tokens, as support does.
    if (token.status !== 'REVOKED')
      return errorBody(
        400,
        'INVALID_REQUEST',
        'Only revoked tokens can be deleted. Revoke it first.',
      )
    update((d) => (d.tokens = d.tokens.filter((t) => t !== token)))
    return rest(true)
  }),

  http.get(gw('/ng/api/delegate-token-ng/delegate-groups'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const name = url.searchParams.get('delegateTokenName')
    const groups = groupsAtScope(scope.scope).filter((g) => !name || g.tokenName === name)
    return rest({ delegateGroupDetails: groups.map((g) => toGroupDetails(g)) })
  }),
]

/** Manager-side delegate groups with heartbeats (REFERENCE.md §4c): accountId/orgId/projectId. */
export const delegateGroupHandlers = [
  ...['get', 'post'].map((method) =>
    http[method as 'get' | 'post'](gw('/api/setup/delegates/ng/v2'), async ({ request }) => {
      const url = new URL(request.url)
      const scope = managerScope(url)
      if ('error' in scope) return scope.error
      const filter =
        (method === 'post'
          ? ((await request.json().catch(() => ({}))) as Record<string, unknown>)
          : {}) ?? {}
      const term = (
        url.searchParams.get('searchTerm') ??
        (filter.delegateName as string | undefined) ??
        ''
      ).toLowerCase()
      const tags = (filter.delegateTags as string[] | undefined) ?? []
      let groups = groupsAtScope(scope.scope)
        .filter((g) => !term || g.name.toLowerCase().includes(term))
        .filter((g) => tags.every((t) => g.tags.includes(t)))
        .map((g) => toGroupDetails(g))
      if (filter.status === 'CONNECTED') groups = groups.filter((g) => g.activelyConnected)
      if (filter.status === 'DISCONNECTED') groups = groups.filter((g) => !g.activelyConnected)
      return rest({ delegateGroupDetails: groups })
    }),
  ),
  http.get(gw('/api/setup/delegates/ng/v2/:identifier'), ({ request, params }) => {
    const scope = managerScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const group = groupsAtScope(scope.scope).find((g) => g.identifier === params.identifier)
    return group
      ? rest(toGroupDetails(group))
      : errorBody(400, 'INVALID_REQUEST', `Delegate group ${String(params.identifier)} not found.`)
  }),
  http.get(gw('/ng/api/delegate-setup/latest-supported-version'), ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    return rest({
      latestSupportedVersion: db().latestDelegateVersion,
      latestSupportedMinimalVersion: `${db().latestDelegateVersion}.minimal`,
    })
  }),
]
