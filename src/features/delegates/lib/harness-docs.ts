/**
 * The Harness documentation pages the delegate pages quote, so a link and the comment that cites
 * it name the same page.
 */
const BASE = 'https://developer.harness.io/docs/platform/delegates'

export const HARNESS_DOCS = {
  upgradesAndExpiration: `${BASE}/install-delegates/delegate-upgrades-and-expiration`,
  dockerUpgrader: `${BASE}/manage-delegates/enable-auto-upgrade-for-running-docker-delegates`,
  ecsFargate: `${BASE}/install-delegates/docker-delegate-to-ecs-fargate`,
  deleteDelegate: `${BASE}/manage-delegates/delete-a-delegate`,
  registration: `${BASE}/delegate-concepts/delegate-registration`,
  troubleshooting: 'https://developer.harness.io/docs/troubleshooting/troubleshooting-nextgen',
  requirements: `${BASE}/delegate-concepts/delegate-requirements`,
  proxySettings: `${BASE}/manage-delegates/configure-delegate-proxy-settings`,
} as const
