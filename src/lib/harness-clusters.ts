/**
 * Harness SaaS clusters and the Manager domain a delegate of each one connects to.
 * Source: developer-hub "Allowlist Harness Platform IPs and CIDR" (seeds/003): Prod1 and Prod2
 * `app.harness.io`, Prod3 `app3.harness.io`, Prod0/Prod4 `accounts.harness.io`, EU clusters
 * `accounts.eu.harness.io`. The same page calls `app.harness.io` the primary endpoint, with "one
 * additional endpoint depending on the cluster".
 */
export const HARNESS_CLUSTERS = [
  { id: 'prod1', label: 'Prod1', host: 'app.harness.io' },
  { id: 'prod2', label: 'Prod2', host: 'app.harness.io' },
  { id: 'prod3', label: 'Prod3', host: 'app3.harness.io' },
  { id: 'prod0', label: 'Prod0', host: 'accounts.harness.io' },
  { id: 'prod4', label: 'Prod4', host: 'accounts.harness.io' },
  { id: 'eu', label: 'EU', host: 'accounts.eu.harness.io' },
] as const

export type HarnessClusterId = (typeof HARNESS_CLUSTERS)[number]['id']
export type HarnessCluster = (typeof HARNESS_CLUSTERS)[number]

/** The primary platform endpoint every delegate reaches (seed 003). */
export const PRIMARY_MANAGER_HOST = 'app.harness.io'

/** The optional log sink; `STACK_DRIVER_LOGGING_ENABLED=false` turns it off (seed 003). */
export const LOGGING_HOST = 'logging.googleapis.com'

export function isHarnessClusterId(value: string | null | undefined): value is HarnessClusterId {
  return HARNESS_CLUSTERS.some((c) => c.id === value)
}

export function harnessCluster(id: HarnessClusterId): HarnessCluster {
  return HARNESS_CLUSTERS.find((c) => c.id === id)!
}

/** The Manager domains for a cluster: the primary one, plus the cluster's own if it differs. */
export function managerHosts(id: HarnessClusterId): string[] {
  const host = harnessCluster(id).host
  return host === PRIMARY_MANAGER_HOST ? [host] : [PRIMARY_MANAGER_HOST, host]
}

const PREFERRED_KEY = 'delegate-console:cluster'

/**
 * The cluster chosen for this account in this browser (Getting started, step 1), the default of
 * the installers and the network page; null until chosen.
 */
export function getPreferredCluster(): HarnessClusterId | null {
  try {
    const value = localStorage.getItem(PREFERRED_KEY)
    return isHarnessClusterId(value) ? value : null
  } catch {
    return null
  }
}

/** The cluster the console works with: the one chosen, else Prod1 (on the primary endpoint). */
export function clusterInUse(): HarnessClusterId {
  return getPreferredCluster() ?? 'prod1'
}

export function setPreferredCluster(cluster: HarnessClusterId) {
  localStorage.setItem(PREFERRED_KEY, cluster)
}
