import type { Scope } from '@/api/scope'

/**
 * A palette command's id says what it acts on, so a recent item can run again from its id alone:
 * `page:/connectors`, `action:theme`, `new:github`, `scope:default/cd_platform`, and for things
 * at a scope `connector:<org>/<project>/<identifier>` (each part URI-encoded, empty at the account).
 */
export type EntityKind = 'connector' | 'test' | 'token' | 'delegate'

export interface EntityTarget {
  kind: EntityKind
  scope: Pick<Scope, 'orgId' | 'projectId'>
  identifier: string
}

const KINDS: readonly EntityKind[] = ['connector', 'test', 'token', 'delegate']

export function entityId(kind: EntityKind, scope: EntityTarget['scope'], identifier: string) {
  const parts = [scope.orgId ?? '', (scope.orgId && scope.projectId) || '', identifier]
  return `${kind}:${parts.map(encodeURIComponent).join('/')}`
}

/** The target of an entity id, or null for any other id (or a malformed one). */
export function parseEntityId(id: string): EntityTarget | null {
  const colon = id.indexOf(':')
  const kind = id.slice(0, colon) as EntityKind
  if (colon < 0 || !KINDS.includes(kind)) return null
  const parts = id.slice(colon + 1).split('/')
  if (parts.length !== 3) return null
  try {
    const [orgId, projectId, identifier] = parts.map(decodeURIComponent)
    if (!identifier || (projectId && !orgId)) return null
    return {
      kind,
      scope: { orgId: orgId || undefined, projectId: projectId || undefined },
      identifier,
    }
  } catch {
    return null
  }
}

export function scopeId(scope: Pick<Scope, 'orgId' | 'projectId'>) {
  return `scope:${encodeURIComponent(scope.orgId ?? '')}/${encodeURIComponent((scope.orgId && scope.projectId) || '')}`
}

export function parseScopeId(id: string): Pick<Scope, 'orgId' | 'projectId'> | null {
  const match = /^scope:([^/]*)\/([^/]*)$/.exec(id)
  if (!match) return null
  try {
    const [orgId, projectId] = [match[1], match[2]].map(decodeURIComponent)
    if (projectId && !orgId) return null
    return { orgId: orgId || undefined, projectId: projectId || undefined }
  } catch {
    return null
  }
}
