import { http } from 'msw'

import type { Scope } from '@/api/scope'

import { db, update, type MockDelegateGroup } from '../db'
import { groupsAtScope, ownerOfGroup, toGroupDetails } from '../delegates'
import { errorBody, failure, gw, managerScope, ngScope, ownerOf, readJson, rest } from '../http'
import { getTokenValue, setTokenValue, tokenValueOf } from '../token-values'

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
    const value = tokenValueOf(token)
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
    // [SRC] DelegateNgTokenServiceImpl.validateTokenToBeRevoked refuses a revoked token; the NG layer
    // passes the Manager's InvalidRequestException on as HTTP 400 with the NG Error body (§2c).
    if (token.status === 'REVOKED')
      return errorBody(400, 'INVALID_REQUEST', 'Specified token is already revoked.')
    const now = Date.now()
    update((d) => {
      // Only the status changes: revokeAfter is what the caller asked for at create time. The
      // Manager's validUntil (purge after 30 days) is not in DelegateTokenDetails, so the mock keeps none.
      token.status = 'REVOKED'
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

/**
 * listDelegates' body: DelegateFilterPropertiesDto of Harness's client ([SRC]
 * @harnessio/react-ng-manager-v2-client, which also names `filterType` 'Delegate' there; REFERENCE.md
 * §4c agrees). [INF] no body at all lists everything, as the Manager's service takes a null filter.
 */
interface DelegateFilter {
  filterType?: unknown
  delegateGroupIdentifier?: string
  delegateInstanceFilter?: 'AVAILABLE' | 'EXPIRED'
  delegateName?: string
  delegateTags?: string[]
  delegateType?: string
  description?: string
  hostName?: string
  status?: string
  tags?: Record<string, string>
}

const DELEGATE_STATUSES = [
  'CONNECTED',
  'DELETED',
  'DISABLED',
  'DISCONNECTED',
  'ENABLED',
  'WAITING_FOR_APPROVAL',
]

function parseDelegateFilter(body: unknown): { filter: DelegateFilter } | { error: Response } {
  if (body === undefined || body === null) return { filter: {} }
  const bad = (fieldId: string, error: string) => ({
    error: failure(`${fieldId}: ${error}`, [{ fieldId, error }]),
  })
  if (typeof body !== 'object' || Array.isArray(body))
    return bad('filterProperties', 'must be a DelegateFilterProperties object')
  const f = body as DelegateFilter
  if (f.filterType !== undefined && f.filterType !== 'Delegate')
    return bad('filterType', 'must be "Delegate"')
  if (f.status !== undefined && !DELEGATE_STATUSES.includes(f.status))
    return bad('status', `${JSON.stringify(f.status)} is not a valid value`)
  if (
    f.delegateInstanceFilter !== undefined &&
    f.delegateInstanceFilter !== 'AVAILABLE' &&
    f.delegateInstanceFilter !== 'EXPIRED'
  )
    return bad(
      'delegateInstanceFilter',
      `${JSON.stringify(f.delegateInstanceFilter)} is not a valid value`,
    )
  for (const key of [
    'delegateGroupIdentifier',
    'delegateName',
    'delegateType',
    'description',
    'hostName',
  ] as const)
    if (f[key] !== undefined && typeof f[key] !== 'string') return bad(key, 'must be a string')
  if (
    f.delegateTags !== undefined &&
    (!Array.isArray(f.delegateTags) || f.delegateTags.some((t) => typeof t !== 'string'))
  )
    return bad('delegateTags', 'must be a list of strings')
  return { filter: f }
}

/** [INF] `all=true` also lists the groups of the parent scopes (account, org), as a project sees them. */
function delegateScopes(scope: Scope, all: boolean): Scope[] {
  if (!all) return [scope]
  const scopes: Scope[] = [{ accountId: scope.accountId }]
  if (scope.orgId) scopes.push({ accountId: scope.accountId, orgId: scope.orgId })
  if (scope.projectId) scopes.push(scope)
  return scopes
}

/**
 * A group as listDelegates answers it (DelegateListResponse; [SRC] DelegateSetupServiceImpl
 * .buildDelegateGroupResponse): tags are the implicit selectors plus the custom ones, connected if
 * any replica is, legacy = not immutable (the mock's delegates are all immutable, so false).
 * Replicas are the instances the filter kept. Connected follows the mock's other listings (a
 * revoked token's delegates are told to self-destruct, so they count as gone at once).
 */
function toDelegateListResponse(group: MockDelegateGroup, hosts: Set<string>, now: number) {
  const details = toGroupDetails(group, now)
  const replicas = (details.delegateInstanceDetails ?? [])
    .filter((i) => hosts.has(i.uuid ?? ''))
    .map((i) => ({
      uuid: i.uuid ?? undefined,
      lastHeartbeat: i.lastHeartbeat ?? undefined,
      connected: !!i.activelyConnected,
      hostName: i.hostName ?? undefined,
      version: i.version ?? undefined,
      expiringAt: i.delegateExpirationTime ?? undefined,
    }))
  const org = group.orgId
    ? db().organizations.find((o) => o.organization.identifier === group.orgId)
    : undefined
  const project = group.projectId
    ? db().projects.find(
        (p) => p.project.identifier === group.projectId && p.project.orgIdentifier === group.orgId,
      )
    : undefined
  return {
    type: group.type,
    name: group.name,
    description: group.description,
    tags: [...new Set([...Object.keys(details.groupImplicitSelectors ?? {}), ...group.tags])],
    lastHeartBeat: replicas.reduce((max, r) => Math.max(max, r.lastHeartbeat ?? 0), 0),
    connected: replicas.some((r) => r.connected),
    legacy: false,
    autoUpgrade: details.autoUpgrade ?? undefined,
    delegateReplicas: replicas,
    // [SRC] orgName/projectName are in the client's DelegateListResponse (not in REFERENCE.md §4b).
    orgName: org?.organization.name,
    projectName: project?.project.name,
  }
}

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
  /**
   * NG listDelegates (REFERENCE.md §4b; the client's `listDelegates`): RestResponse of
   * DelegateListResponse[] at the requested scope. Group filters are substrings, case-sensitive as
   * the Manager's `contains` ([SRC] getDelegateGroupIds); delegateTags must all be custom tags of
   * the group; hostName, status CONNECTED/DISCONNECTED and delegateInstanceFilter pick instances,
   * and a group left with none is dropped. Connected groups come first.
   */
  http.post(gw('/ng/api/delegate-setup/listDelegates'), async ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const parsed = parseDelegateFilter(await readJson(request))
    if ('error' in parsed) return parsed.error
    const f = parsed.filter
    const now = Date.now()
    const has = (value: string | undefined, part: string | undefined) =>
      !part || (value ?? '').includes(part)
    const instanceFilter =
      f.status === 'CONNECTED' || f.status === 'DISCONNECTED' || !!f.delegateInstanceFilter
    const list = delegateScopes(scope.scope, url.searchParams.get('all') === 'true')
      .flatMap((s) => groupsAtScope(s, now))
      .filter(
        (g) =>
          has(g.identifier, f.delegateGroupIdentifier) &&
          has(g.name, f.delegateName) &&
          has(g.type, f.delegateType) &&
          has(g.description, f.description) &&
          (f.delegateTags ?? []).every((t) => g.tags.includes(t)),
      )
      .flatMap((g) => {
        const instances = (toGroupDetails(g, now).delegateInstanceDetails ?? []).filter(
          (i) =>
            (!f.hostName || i.hostName === f.hostName) &&
            (f.status !== 'CONNECTED' || !!i.activelyConnected) &&
            (f.status !== 'DISCONNECTED' || !i.activelyConnected) &&
            // [INF] EXPIRED: past the instance's expiry; AVAILABLE: not yet.
            (!f.delegateInstanceFilter ||
              (f.delegateInstanceFilter === 'EXPIRED') ===
                (i.delegateExpirationTime != null && i.delegateExpirationTime <= now)),
        )
        // [SRC] only the status and instance filters drop a group left without instances; a
        // hostName that matches none keeps the group, with no replicas.
        if (!instances.length && instanceFilter) return []
        return [toDelegateListResponse(g, new Set(instances.map((i) => i.uuid ?? '')), now)]
      })
      .sort((a, b) => Number(b.connected) - Number(a.connected))
    return rest(list)
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
