import { logServiceUrl, managerEndpoint } from './managers'
import {
  DEFAULT_NAMESPACE,
  TOKEN_PLACEHOLDER,
  type DelegateSize,
  type InstallerConfig,
} from './types'

/** One environment variable, in the order the container sees it. */
export interface EnvVar {
  name: string
  value: string
}

/** The token value, or the placeholder the admin replaces by hand (seed 002). */
export function tokenValue(config: InstallerConfig): string {
  return config.token.value ?? TOKEN_PLACEHOLDER
}

export function namespaceOf(config: InstallerConfig): string {
  return config.namespace ?? DEFAULT_NAMESPACE
}

export function replicasOf(config: InstallerConfig): number {
  return config.replicas ?? 1
}

/** `harness/delegate:<version>` (REFERENCE.md §4d). */
export function delegateImage(config: InstallerConfig): string {
  return `harness/delegate:${config.imageVersion}`
}

/** `DELEGATE_TAGS` / helm `tags`: one comma-separated string (see `validateTag`). */
export function tagsValue(config: InstallerConfig): string {
  return config.tags.join(',')
}

/** CPU cores and memory (MiB) per delegate size. */
const RESOURCES: Record<DelegateSize, { cpu: number; memoryMi: number }> = {
  LAPTOP: { cpu: 1, memoryMi: 2048 },
  SMALL: { cpu: 2, memoryMi: 4096 },
  MEDIUM: { cpu: 4, memoryMi: 8192 },
  LARGE: { cpu: 8, memoryMi: 16384 },
}

export function resourcesOf(config: InstallerConfig) {
  return RESOURCES[config.size]
}

function proxyEnv(config: InstallerConfig): EnvVar[] {
  const proxy = config.proxy
  if (!proxy) return []
  const env: EnvVar[] = [
    { name: 'PROXY_HOST', value: proxy.host },
    { name: 'PROXY_PORT', value: String(proxy.port) },
    { name: 'PROXY_SCHEME', value: proxy.scheme },
    { name: 'PROXY_MANAGER', value: 'true' },
  ]
  if (proxy.username !== undefined) env.push({ name: 'PROXY_USER', value: proxy.username })
  if (proxy.noProxy !== undefined) env.push({ name: 'NO_PROXY', value: proxy.noProxy })
  return env
}

/**
 * Container environment shared by the Kubernetes, Docker and ECS installers (names from the
 * Harness delegate templates and seed 002). `DELEGATE_TOKEN` is included; the Kubernetes
 * generator swaps it for a secret reference.
 */
export function delegateEnv(config: InstallerConfig, delegateType: 'KUBERNETES' | 'DOCKER') {
  const env: EnvVar[] = [
    { name: 'ACCOUNT_ID', value: config.accountId },
    { name: 'DELEGATE_TOKEN', value: tokenValue(config) },
    { name: 'MANAGER_HOST_AND_PORT', value: managerEndpoint(config.cluster) },
    { name: 'DELEGATE_NAME', value: config.delegateName },
    { name: 'DELEGATE_TYPE', value: delegateType },
    { name: 'DEPLOY_MODE', value: 'KUBERNETES' },
    { name: 'NEXT_GEN', value: 'true' },
    { name: 'DELEGATE_DESCRIPTION', value: config.description ?? '' },
    { name: 'DELEGATE_TAGS', value: tagsValue(config) },
    { name: 'LOG_STREAMING_SERVICE_URL', value: logServiceUrl(config.cluster) },
    { name: 'INIT_SCRIPT', value: '' },
    // Off stops delegate logs going to logging.googleapis.com (seed 003).
    { name: 'STACK_DRIVER_LOGGING_ENABLED', value: String(config.stackDriverLogging) },
  ]
  return [...env, ...proxyEnv(config)]
}
