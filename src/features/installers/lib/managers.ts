import type { HarnessCluster } from './types'

/**
 * Manager endpoint per SaaS cluster. Source: developer-hub "Allowlist Harness Platform IPs and
 * CIDR" (seed 003), which lists bare hosts only, so no `/gratis`-style path is appended.
 */
const MANAGER_ENDPOINTS: Record<HarnessCluster, string> = {
  prod1: 'https://app.harness.io',
  prod2: 'https://app.harness.io',
  prod3: 'https://app3.harness.io',
  prod0: 'https://accounts.harness.io',
  prod4: 'https://accounts.harness.io',
  eu: 'https://accounts.eu.harness.io',
}

/** `MANAGER_HOST_AND_PORT` / `managerEndpoint` for a cluster. */
export function managerEndpoint(cluster: HarnessCluster): string {
  return MANAGER_ENDPOINTS[cluster]
}

/** `LOG_STREAMING_SERVICE_URL`: the manager's `/log-service/` path (REFERENCE.md §4d docker pattern). */
export function logServiceUrl(cluster: HarnessCluster): string {
  return `${managerEndpoint(cluster)}/log-service/`
}
