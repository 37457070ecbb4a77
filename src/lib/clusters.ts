/**
 * Harness SaaS clusters and their Manager hosts (seed 003, "Allowlist Harness Platform IPs and
 * CIDR"). The account's cluster is chosen once (Getting started, step 1) and used as the default by
 * the installers and the network page.
 */
export const CLUSTERS = [
  { id: 'prod1', label: 'Prod1', host: 'app.harness.io' },
  { id: 'prod2', label: 'Prod2', host: 'app.harness.io' },
  { id: 'prod3', label: 'Prod3', host: 'app3.harness.io' },
  { id: 'prod0', label: 'Prod0', host: 'accounts.harness.io' },
  { id: 'prod4', label: 'Prod4', host: 'accounts.harness.io' },
  { id: 'eu', label: 'EU', host: 'accounts.eu.harness.io' },
] as const

export type ClusterId = (typeof CLUSTERS)[number]['id']

const KEY = 'delegate-console:cluster'

export function isClusterId(value: unknown): value is ClusterId {
  return CLUSTERS.some((c) => c.id === value)
}

/** The cluster chosen for this account in this browser, or null if none was chosen yet. */
export function getPreferredCluster(): ClusterId | null {
  try {
    const value = localStorage.getItem(KEY)
    return isClusterId(value) ? value : null
  } catch {
    return null
  }
}

export function setPreferredCluster(cluster: ClusterId) {
  localStorage.setItem(KEY, cluster)
}
