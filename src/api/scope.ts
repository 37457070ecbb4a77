/** Where a request acts: the account, one of its organizations, or a project in an organization. */
export interface Scope {
  accountId: string
  orgId?: string
  projectId?: string
}

export type ScopeLevel = 'account' | 'org' | 'project'

export function scopeLevel(scope: Pick<Scope, 'orgId' | 'projectId'>): ScopeLevel {
  if (scope.orgId && scope.projectId) return 'project'
  if (scope.orgId) return 'org'
  return 'account'
}

/** A scope in a few words for headings and notices: "Account", "Org default", "Project cd_platform". */
export function scopeLabel(scope: Pick<Scope, 'orgId' | 'projectId'>) {
  const level = scopeLevel(scope)
  if (level === 'project') return `Project ${scope.projectId}`
  if (level === 'org') return `Org ${scope.orgId}`
  return 'Account'
}

/** The same account, org and project. */
export function sameScope(a: Scope, b: Scope) {
  return (
    a.accountId === b.accountId &&
    (a.orgId ?? '') === (b.orgId ?? '') &&
    (a.projectId ?? '') === (b.projectId ?? '')
  )
}

/** Scope params of the NG API (`/ng/api`): accountIdentifier, orgIdentifier, projectIdentifier. */
export function ngScopeParams(scope: Scope) {
  return {
    accountIdentifier: scope.accountId,
    orgIdentifier: scope.orgId,
    projectIdentifier: scope.orgId ? scope.projectId : undefined,
  }
}

/**
 * Scope params of the manager API (`/api/setup/delegates/...`): accountId, orgId, projectId.
 * The names differ from NG on purpose (REFERENCE.md §1, §9.7).
 */
export function managerScopeParams(scope: Scope) {
  return {
    accountId: scope.accountId,
    orgId: scope.orgId,
    projectId: scope.orgId ? scope.projectId : undefined,
  }
}

/**
 * The scope and the scopes above it, nearest first (project, org, account): where delegates that
 * can serve a connector at `scope` live.
 */
export function scopeAndParents(scope: Scope): Scope[] {
  const { accountId, orgId, projectId } = scope
  return [
    ...(orgId && projectId ? [{ accountId, orgId, projectId }] : []),
    ...(orgId ? [{ accountId, orgId }] : []),
    { accountId },
  ]
}

/** A stable, serialisable key part for query keys. */
export function scopeKey(scope: Scope) {
  return {
    accountId: scope.accountId,
    orgId: scope.orgId ?? null,
    projectId: scope.projectId ?? null,
  }
}

/**
 * How an entity at `owner` scope is referenced from `from` scope: `account.x`, `org.x` or bare `x`
 * ([SRC] SecretRefData / IdentifierRef; a `project.` prefix is rejected by the Manager).
 */
export function referenceFor(identifier: string, owner: Pick<Scope, 'orgId' | 'projectId'>) {
  const level = scopeLevel(owner)
  if (level === 'account') return `account.${identifier}`
  if (level === 'org') return `org.${identifier}`
  return identifier
}

/**
 * The other way: where the entity a reference names lives. `account.x` and `org.x` say so; a bare
 * `x` is a project entity ([SRC] SecretRefData, IdentifierRef).
 */
export function parseReference(ref: string): { level: ScopeLevel; identifier: string } {
  if (ref.startsWith('account.')) return { level: 'account', identifier: ref.slice(8) }
  if (ref.startsWith('org.')) return { level: 'org', identifier: ref.slice(4) }
  return { level: 'project', identifier: ref }
}
