import type { MockDb, MockDelegateGroup, MockVersionOverride } from './db'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * How long a delegate version is supported after its release. Harness, "Delegate automatic
 * upgrades and expiration policy" (developer.harness.io/docs/platform/delegates/install-delegates/
 * delegate-upgrades-and-expiration), "Delegate expiration support policy": "Six months after a
 * delegate image is released, the delegate reaches End of Support (EOS)." [INF] The Manager
 * computes `delegateExpirationTime` itself; the mock adds six calendar months to the release day it
 * keeps per version.
 */
export const SUPPORT_MONTHS = 6

/** The day a version expires: its release plus the support window. */
export function expiryOf(releasedAt: number) {
  const date = new Date(releasedAt)
  date.setUTCMonth(date.getUTCMonth() + SUPPORT_MONTHS)
  return date.getTime()
}

/**
 * A delegate version named as Harness names them, `yy.mm.build` from the release day ([DOC] e.g.
 * 25.10.86800). [INF] The build number only has to grow with time: the mock counts it from the
 * month and the day.
 */
export function versionReleasedOn(releasedAt: number) {
  const d = new Date(releasedAt)
  const yy = d.getUTCFullYear() % 100
  const mm = d.getUTCMonth() + 1
  const build = 70_000 + ((yy - 20) * 12 + mm) * 250 + d.getUTCDate() * 5
  return `${String(yy).padStart(2, '0')}.${String(mm).padStart(2, '0')}.${build}`
}

/**
 * The versions the seeded account runs, relative to today so that "behind" and "expires soon"
 * stay true on any day: the published one (9 days old), the previous release (38 days), and an
 * old one that leaves its six months in about two weeks.
 */
export function seedVersions(now: number) {
  const releases = {
    latest: now - 9 * DAY,
    previous: now - 38 * DAY,
    old: 0,
  }
  // Six calendar months before (now + 16 days): expires in 16 days, whatever the month lengths.
  const oldDay = new Date(now + 16 * DAY)
  oldDay.setUTCMonth(oldDay.getUTCMonth() - SUPPORT_MONTHS)
  releases.old = oldDay.getTime()
  const latest = versionReleasedOn(releases.latest)
  const previous = versionReleasedOn(releases.previous)
  const old = versionReleasedOn(releases.old)
  return {
    latest,
    previous,
    old,
    releases: {
      [latest]: releases.latest,
      [previous]: releases.previous,
      [old]: releases.old,
    } as Record<string, number>,
  }
}

/** When a version expires, or null for one the mock has no release day for. */
export function versionExpiry(db: Pick<MockDb, 'versionReleases'>, version: string) {
  const released = db.versionReleases[version]
  return released === undefined ? null : expiryOf(released)
}

/** The upgrader checks in hourly ([DOC] "a cron job that runs every hour by default"). */
export const UPGRADER_PERIOD_MS = HOUR

/** [DOC] "If Harness doesn't detect the upgrader API call within 90 minutes ... OFF". */
const DETECTING_MS = 90 * 60_000

/**
 * The listing's `autoUpgrade`: set per group, or by type. The Kubernetes manifest and the Helm chart
 * ship the upgrader ([DOC] "enabled by default for the Kubernetes manifest, Terraform, and Helm
 * installation options. For Docker delegates, you need to run a separate command"). A new delegate
 * shows DETECTING until the upgrader's first call; [INF] the mock's first call comes at 90 minutes.
 */
export function autoUpgradeOf(group: MockDelegateGroup, now: number): 'ON' | 'OFF' | 'DETECTING' {
  if (group.autoUpgrade) return group.autoUpgrade
  if (group.type !== 'KUBERNETES' && group.type !== 'HELM_DELEGATE') return 'OFF'
  return now - group.firstHeartbeatAt < DETECTING_MS ? 'DETECTING' : 'ON'
}

/** Does the override apply to the group: same scope, and every override tag is one of its selectors. */
export function overrideApplies(override: MockVersionOverride, group: MockDelegateGroup) {
  const selectors = new Set([group.name, ...group.tags])
  return (
    (override.orgId ?? undefined) === (group.orgId ?? undefined) &&
    (override.projectId ?? undefined) === (group.projectId ?? undefined) &&
    override.tags.every((t) => selectors.has(t))
  )
}
