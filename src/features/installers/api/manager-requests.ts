import type { DelegateDownloadRequest, DelegateSetupDetails } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'

import { CLUSTERS, SIZES } from '../form/options'
import { managerEndpoint } from '../lib/managers'
import type { HarnessCluster, InstallerConfig } from '../lib/types'

import type { FileKind } from './files'

interface ManagerCall {
  path: string
  body: DelegateDownloadRequest | DelegateSetupDetails
}

/**
 * The Manager call for a server-generated file. Its bodies carry name, token, size, tags and the
 * Kubernetes permission only: the Manager fills in its own endpoint, the image and the logging
 * switch (REFERENCE.md §4a `DelegateDownloadRequest`, §4b `DelegateSetupDetails`).
 */
export function managerCall(
  kind: FileKind,
  config: InstallerConfig,
  scope: Scope,
): ManagerCall | null {
  const common = {
    name: config.delegateName,
    size: config.size,
    tags: config.tags,
    tokenName: config.token.name,
  }
  if (kind === 'kubernetes')
    return {
      path: '/ng/api/download-delegates/kubernetes',
      body: {
        ...common,
        clusterPermissionType: config.permission,
        customClusterNamespace: config.namespace,
      },
    }
  // DelegateDownloadRequest.size is Kubernetes-only ([SRC]); Docker sizes come from the file itself.
  if (kind === 'docker')
    return { path: '/ng/api/download-delegates/docker', body: { ...common, size: undefined } }
  if (kind === 'helm')
    return {
      path: '/ng/api/delegate-setup/generate-helm-values',
      body: {
        ...common,
        orgIdentifier: scope.orgId,
        projectIdentifier: scope.orgId ? scope.projectId : undefined,
        delegateType: 'HELM_DELEGATE',
        k8sConfigDetails: { k8sPermissionType: config.permission, namespace: config.namespace },
      },
    }
  return null
}

/**
 * Options the Manager decides in its own file, as labels, when the admin chose otherwise, so the
 * page can say so and offer the browser-built file. The Manager writes its own endpoint (the cluster
 * it runs on, `accountCluster` here), the image and the logging switch, and a compose file's CPU
 * and memory: `DelegateDownloadRequest.size` is Kubernetes-only ([SRC]).
 */
export function optionsManagerIgnores(
  kind: FileKind,
  config: InstallerConfig,
  latestVersion: string,
  accountCluster: HarnessCluster,
): string[] {
  const ignored: string[] = []
  if (managerEndpoint(config.cluster) !== managerEndpoint(accountCluster)) {
    const label = CLUSTERS.find((c) => managerEndpoint(c.id) === managerEndpoint(config.cluster))
    ignored.push(
      `the ${label?.label ?? config.cluster} endpoint (${new URL(managerEndpoint(config.cluster)).host})`,
    )
  }
  if (kind === 'docker' && config.size !== 'LAPTOP')
    ignored.push(`size ${SIZES.find((s) => s.id === config.size)?.label ?? config.size}`)
  if (config.proxy) ignored.push('proxy settings')
  if (!config.stackDriverLogging) ignored.push('logging switched off')
  if (latestVersion && config.imageVersion !== latestVersion)
    ignored.push(`image version ${config.imageVersion}`)
  return ignored
}
