import { http } from 'msw'

import type { Scope } from '@/api/scope'

import { db, update, type MockDelegateGroup, type MockVersionOverride } from '../db'
import { groupsAtScope } from '../delegates'
import { errorBody, failure, gw, ngScope, readJson, rest } from '../http'

const DAY = 86_400_000

/**
 * Managing one delegate group, as Harness's ng-manager client names the calls: its tags
 * (`/delegate-group-tags/{groupIdentifier}`: list, update, add, delete), image overrides
 * (`/delegate-setup/override-delegate-tag`: list, set; `/delegate-setup/delete-delegate-override`)
 * and deletion (`/delegate-setup/delegate/{delegateIdentifier}`). These are not in REFERENCE.md:
 * the paths, parameters and bodies are the client's ([SRC] @harnessio/react-ng-manager-v2-client
 * hooks); messages and the not-found answers are [INF].
 */

function groupAt(scope: Scope, identifier: string) {
  return groupsAtScope(scope).find((g) => g.identifier === identifier)
}

const notFound = (identifier: string) =>
  errorBody(400, 'INVALID_REQUEST', `Delegate group ${identifier} not found.`)

/** DelegateGroupDto: the group's custom tags (its implicit selectors are not tags). */
function groupDto(group: MockDelegateGroup, accountId: string) {
  return {
    accountIdentifier: accountId,
    identifier: group.identifier,
    name: group.name,
    orgIdentifier: group.orgId,
    projectIdentifier: group.projectId,
    tags: group.tags,
  }
}

/**
 * DelegateGroupTags `{ tags: string[] }`. [INF] Each tag is trimmed; an empty or too long one is a
 * field error, and duplicates are kept once.
 */
function readTags(body: unknown): { tags: string[] } | { error: Response } {
  const tags = (body as { tags?: unknown } | undefined)?.tags
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
    return {
      error: failure('tags: must be a list of strings', [
        { fieldId: 'tags', error: 'must be a list of strings' },
      ]),
    }
  const trimmed = (tags as string[]).map((t) => t.trim())
  const bad = trimmed.find((t) => !t || t.length > 128)
  if (bad !== undefined)
    return {
      error: failure('tags: a tag must have 1 to 128 characters', [
        { fieldId: 'tags', error: 'a tag must have 1 to 128 characters' },
      ]),
    }
  return { tags: [...new Set(trimmed)] }
}

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')

const atScopeOf = (o: MockVersionOverride, scope: Scope) =>
  (o.orgId ?? undefined) === scope.orgId && (o.projectId ?? undefined) === scope.projectId

/** VersionOverrideResponseDto: `validUntil` is a date-time string in the client's type. */
function overrideDto(o: MockVersionOverride) {
  return {
    orgIdentifier: o.orgId,
    projectIdentifier: o.projectId,
    tags: o.tags,
    version: o.version,
    validTillNextRelease: o.validTillNextRelease,
    validUntil: new Date(o.validUntil).toISOString(),
  }
}

export const delegateGroupManageHandlers = [
  http.get(gw('/ng/api/delegate-group-tags/:groupIdentifier'), ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const group = groupAt(scope.scope, String(params.groupIdentifier))
    if (!group) return notFound(String(params.groupIdentifier))
    return rest(groupDto(group, scope.scope.accountId))
  }),

  ...(['put', 'post'] as const).map((method) =>
    http[method](
      gw('/ng/api/delegate-group-tags/:groupIdentifier'),
      async ({ request, params }) => {
        const scope = ngScope(new URL(request.url))
        if ('error' in scope) return scope.error
        const identifier = String(params.groupIdentifier)
        if (!groupAt(scope.scope, identifier)) return notFound(identifier)
        const read = readTags(await readJson(request))
        if ('error' in read) return read.error
        // PUT replaces the tags ("update"); POST adds to them ("add").
        const group = update((d) => {
          const target = d.delegateGroups.find(
            (g) =>
              g.identifier === identifier &&
              g.orgId === scope.scope.orgId &&
              g.projectId === scope.scope.projectId,
          )!
          target.tags = method === 'put' ? read.tags : [...new Set([...target.tags, ...read.tags])]
          return target
        })
        return rest(groupDto(group, scope.scope.accountId))
      },
    ),
  ),

  http.delete(gw('/ng/api/delegate-group-tags/:groupIdentifier'), ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const identifier = String(params.groupIdentifier)
    if (!groupAt(scope.scope, identifier)) return notFound(identifier)
    const group = update((d) => {
      const target = d.delegateGroups.find(
        (g) =>
          g.identifier === identifier &&
          g.orgId === scope.scope.orgId &&
          g.projectId === scope.scope.projectId,
      )!
      target.tags = []
      return target
    })
    return rest(groupDto(group, scope.scope.accountId))
  }),

  http.get(gw('/ng/api/delegate-setup/override-delegate-tag'), ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const now = Date.now()
    const live = db().versionOverrides.filter(
      (o) => atScopeOf(o, scope.scope) && o.validUntil > now,
    )
    return rest({ versionOverrides: live.map(overrideDto) })
  }),

  /**
   * Pin: `delegateTag` is the image (`harness/delegate:yy.mm.build`), `tags` the selectors the
   * delegates must have (none = every delegate at the scope), valid `validForDays` (default 180)
   * or until the next release. One override per scope and tag set: a new one replaces it.
   */
  http.put(gw('/ng/api/delegate-setup/override-delegate-tag'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const q = url.searchParams
    const image = q.get('delegateTag')?.trim() ?? ''
    if (!image)
      return failure('delegateTag: must not be empty', [
        { fieldId: 'delegateTag', error: 'must not be empty' },
      ])
    if (!/^[\w.\-/:]+:[\w.-]+$/.test(image))
      return failure(
        'delegateTag: must be an image with a tag, e.g. harness/delegate:25.10.86800',
        [{ fieldId: 'delegateTag', error: 'must be an image with a tag' }],
      )
    const days = q.get('validForDays') ?? '180'
    if (!/^\d+$/.test(days) || Number(days) < 1)
      return failure('validForDays: must be a whole number of days, at least 1', [
        { fieldId: 'validForDays', error: 'must be a whole number of days, at least 1' },
      ])
    const tags = q
      .getAll('tags')
      .map((t) => t.trim())
      .filter(Boolean)
    const override: MockVersionOverride = {
      orgId: scope.scope.orgId,
      projectId: scope.scope.projectId,
      tags,
      version: image,
      validTillNextRelease: q.get('validTillNextRelease') === 'true',
      validUntil: Date.now() + Number(days) * DAY,
    }
    update((d) => {
      d.versionOverrides = d.versionOverrides.filter(
        (o) => !(atScopeOf(o, scope.scope) && sameTags(o.tags, tags)),
      )
      d.versionOverrides.push(override)
    })
    return rest(`Updated Delegate image tag to ${image}`)
  }),

  /** Unpin: the override at this scope with exactly these `tags`. */
  http.delete(gw('/ng/api/delegate-setup/delete-delegate-override'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const tags = url.searchParams
      .getAll('tags')
      .map((t) => t.trim())
      .filter(Boolean)
    const existing = db().versionOverrides.find(
      (o) => atScopeOf(o, scope.scope) && sameTags(o.tags, tags),
    )
    if (!existing)
      return errorBody(
        400,
        'INVALID_REQUEST',
        `No delegate image override for ${tags.length ? tags.join(', ') : 'this scope'}.`,
      )
    update((d) => {
      d.versionOverrides = d.versionOverrides.filter((o) => o !== existing)
    })
    return rest('Deleted delegate image override')
  }),

  /** Deletes the group's record; whatever runs in the cluster keeps running (the docs' warning). */
  http.delete(gw('/ng/api/delegate-setup/delegate/:delegateIdentifier'), ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const identifier = String(params.delegateIdentifier)
    if (!groupAt(scope.scope, identifier)) return notFound(identifier)
    update((d) => {
      d.delegateGroups = d.delegateGroups.filter(
        (g) =>
          !(
            g.identifier === identifier &&
            g.orgId === scope.scope.orgId &&
            g.projectId === scope.scope.projectId
          ),
      )
    })
    return rest({ responseMsg: `Successfully deleted delegate ${identifier}.` })
  }),
]
