import type { Scope } from '@/api/scope'

/** Every route string of the console lives here (STYLE.md naming). */
export const paths = {
  home: '/',
  delegates: '/delegates',
  /** Under `groups/` so a group named "tokens" or "installers" still has a page. */
  delegateGroup: (identifier: string) => `/delegates/groups/${encodeURIComponent(identifier)}`,
  delegateTokens: '/delegates/tokens',
  rotateToken: (name: string) => `/delegates/tokens/${encodeURIComponent(name)}/rotate`,
  installers: '/delegates/installers',
  connectors: '/connectors',
  newConnector: '/connectors/new',
  /** Apply a YAML bundle of connectors; under `new/`, so no identifier is taken from connectors. */
  applyConnectors: '/connectors/new/bundle',
  editConnector: (identifier: string) => `/connectors/${encodeURIComponent(identifier)}/edit`,
  connector: (identifier: string) => `/connectors/${encodeURIComponent(identifier)}`,
  network: '/network',
  signIn: '/sign-in',
} as const

/** Search params that carry the scope, so every link keeps it. */
export const SCOPE_PARAMS = { org: 'org', project: 'project' } as const

export function scopeSearch(scope: Pick<Scope, 'orgId' | 'projectId'>) {
  const params = new URLSearchParams()
  if (scope.orgId) params.set(SCOPE_PARAMS.org, scope.orgId)
  if (scope.orgId && scope.projectId) params.set(SCOPE_PARAMS.project, scope.projectId)
  return params
}

/** A path with the scope kept, e.g. `/connectors?org=default&project=cd_platform`. */
export function withScope(
  path: string,
  scope: Pick<Scope, 'orgId' | 'projectId'>,
  extra?: Record<string, string>,
) {
  const [pathname, query = ''] = path.split('?')
  const params = new URLSearchParams(query)
  for (const [k, v] of scopeSearch(scope)) params.set(k, v)
  for (const [k, v] of Object.entries(extra ?? {})) params.set(k, v)
  const search = params.toString()
  return search ? `${pathname}?${search}` : pathname
}
