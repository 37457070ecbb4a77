/** Installer formats the console can generate (one generator file per type). */
export type InstallerType = 'kubernetes' | 'helm' | 'docker' | 'shell' | 'ecs' | 'terraform'

/** REFERENCE.md §4a `size` ([SRC] DelegateSize.java). */
export type DelegateSize = 'LAPTOP' | 'SMALL' | 'MEDIUM' | 'LARGE'

/** REFERENCE.md §4a `clusterPermissionType` ([SRC] K8sPermissionType.java). */
export type ClusterPermission = 'CLUSTER_ADMIN' | 'CLUSTER_VIEWER' | 'NAMESPACE_ADMIN'

/** Harness SaaS clusters (seed 003, "Outbound Access Requirements"). */
export type HarnessCluster = 'prod1' | 'prod2' | 'prod3' | 'prod0' | 'prod4' | 'eu'

export interface ProxyConfig {
  host: string
  port: number | string
  scheme: 'http' | 'https'
  username?: string
  /** Comma-separated suffixes that bypass the proxy. */
  noProxy?: string
}

export interface InstallerConfig {
  type: InstallerType
  accountId: string
  delegateName: string
  /** `value: null` renders {@link TOKEN_PLACEHOLDER}, never an empty string. */
  token: { name: string; value: string | null }
  size: DelegateSize
  tags: string[]
  permission: ClusterPermission
  /** Defaults to {@link DEFAULT_NAMESPACE}. */
  namespace?: string
  cluster: HarnessCluster
  proxy?: ProxyConfig
  /** Delegate image tag, e.g. '25.10.86800' (from `latest-supported-version`, §4b). */
  imageVersion: string
  stackDriverLogging: boolean
  replicas?: number
  description?: string
}

export interface InstallerFile {
  filename: string
  content: string
  mimeType: string
  /** Shell commands to run after saving the file; every interpolated value is shell-quoted. */
  nextCommands: string[]
}

/** Marker left where the delegate token goes when the console does not hold its value. */
export const TOKEN_PLACEHOLDER = '<PASTE_DELEGATE_TOKEN_HERE>'

export const DEFAULT_NAMESPACE = 'harness-delegate-ng'
