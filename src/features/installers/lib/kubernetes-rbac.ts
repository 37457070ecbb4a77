import type { ClusterPermission } from './types'

const RBAC_API = 'rbac.authorization.k8s.io/v1'

/**
 * RBAC objects granting the delegate's service account the chosen permission type
 * (REFERENCE.md §4a `clusterPermissionType`): `cluster-admin`, the built-in `view` ClusterRole,
 * or full rights inside its own namespace only.
 */
export function rbacObjects(
  permission: ClusterPermission,
  name: string,
  namespace: string,
): Record<string, unknown>[] {
  const subjects = [{ kind: 'ServiceAccount', name, namespace }]
  if (permission === 'NAMESPACE_ADMIN') {
    const roleName = `${name}-namespace-admin`
    return [
      {
        apiVersion: RBAC_API,
        kind: 'Role',
        metadata: { name: roleName, namespace },
        rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }],
      },
      {
        apiVersion: RBAC_API,
        kind: 'RoleBinding',
        metadata: { name: roleName, namespace },
        subjects,
        roleRef: { kind: 'Role', name: roleName, apiGroup: 'rbac.authorization.k8s.io' },
      },
    ]
  }
  const clusterRole = permission === 'CLUSTER_ADMIN' ? 'cluster-admin' : 'view'
  return [
    {
      apiVersion: RBAC_API,
      kind: 'ClusterRoleBinding',
      metadata: { name: `${name}-${clusterRole}` },
      subjects,
      roleRef: { kind: 'ClusterRole', name: clusterRole, apiGroup: 'rbac.authorization.k8s.io' },
    },
  ]
}
