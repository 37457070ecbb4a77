import type { ClusterPermission, DelegateSize, HarnessCluster, InstallerType } from '../lib/types'

/** The installer types in the order the picker shows them. */
export const INSTALLER_TYPES: { id: InstallerType; label: string; description: string }[] = [
  {
    id: 'kubernetes',
    label: 'Kubernetes manifest',
    description: 'harness-delegate.yaml for kubectl apply',
  },
  { id: 'helm', label: 'Helm', description: 'Values file for helm upgrade -i' },
  { id: 'docker', label: 'Docker', description: 'docker-compose.yaml or a docker run script' },
  { id: 'shell', label: 'Shell script', description: 'Configures a shell-script delegate' },
  {
    id: 'ecs',
    label: 'ECS task definition',
    description: 'JSON for aws ecs register-task-definition',
  },
  { id: 'terraform', label: 'Terraform', description: 'main.tf using the delegate module' },
]

/** Types whose delegate runs in Kubernetes, so the permission type applies. */
export const KUBERNETES_TYPES: readonly InstallerType[] = ['kubernetes', 'helm', 'terraform']

export const SIZES: { id: DelegateSize; label: string }[] = [
  { id: 'LAPTOP', label: 'Laptop (1 CPU, 2 GiB)' },
  { id: 'SMALL', label: 'Small (2 CPU, 4 GiB)' },
  { id: 'MEDIUM', label: 'Medium (4 CPU, 8 GiB)' },
  { id: 'LARGE', label: 'Large (8 CPU, 16 GiB)' },
]

export const PERMISSIONS: { id: ClusterPermission; label: string; hint: string }[] = [
  { id: 'CLUSTER_ADMIN', label: 'Cluster admin', hint: 'Deploys anywhere in the cluster.' },
  { id: 'CLUSTER_VIEWER', label: 'Cluster viewer', hint: 'Reads the cluster; cannot deploy.' },
  { id: 'NAMESPACE_ADMIN', label: 'Namespace admin', hint: 'Full rights in one namespace only.' },
]

/**
 * Clusters as seed 003 ("Outbound Access Requirements") groups them: Prod1 and Prod2 share
 * app.harness.io, Prod0 and Prod4 share accounts.harness.io, so each pair is one choice.
 */
export const CLUSTERS: { id: HarnessCluster; label: string }[] = [
  { id: 'prod1', label: 'Prod1 / Prod2' },
  { id: 'prod3', label: 'Prod3' },
  { id: 'prod0', label: 'Prod0 / Prod4' },
  { id: 'eu', label: 'EU' },
]
