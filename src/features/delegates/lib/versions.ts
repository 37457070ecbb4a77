/**
 * Harness delegate versions, `yy.mm.build` (e.g. `25.10.86800`): ordering, "behind the published
 * version", and when a version expires.
 *
 * Source for the expiry rule: Harness, "Delegate automatic upgrades and expiration policy",
 * https://developer.harness.io/docs/platform/delegates/install-delegates/delegate-upgrades-and-expiration
 * (section "Delegate expiration support policy"): "Six months after a delegate image is released,
 * the delegate reaches End of Support (EOS). Eight months after a delegate image is released, the
 * delegate is End of Life (EOL)." and its example: "A delegate version `24.05.84200` would reach
 * EOS in November 2024 and EOL in January 2025." The same page says the policy applies to
 * `yy.mm.verno` tags only, not to legacy delegates, and that "expired" is a cosmetic flag: an
 * expired delegate keeps running.
 */

const DAY = 86_400_000

/** Months from release to End of Support: what the console calls "expired" (doc above). */
export const SUPPORT_MONTHS = 6
/** Months from release to End of Life: no security fixes any more (doc above). */
export const END_OF_LIFE_MONTHS = 8

/**
 * How far ahead "expiring soon" looks. [INF] Not from Harness: a month leaves time to plan a manual
 * upgrade (Docker and shell-script delegates have no upgrader) and is long enough to span one
 * monthly Harness release, so there is a newer version to move to before the version expires.
 */
export const EXPIRING_SOON_MS = 30 * DAY

type Parsed = { yy: number; mm: number; build: number }

// `25.10.86800`, `25.10.86800.minimal`, `25.10.86800-rc1`; an image ref (`harness/delegate:25.10.86800`)
// is read from its tag.
const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:[.-].*)?$/

function parse(version: string | null | undefined): Parsed | null {
  if (!version) return null
  const tag = version.trim().split(':').pop() ?? ''
  const m = VERSION.exec(tag)
  if (!m) return null
  return { yy: Number(m[1]), mm: Number(m[2]), build: Number(m[3]) }
}

/**
 * Orders two versions by year, month then build, ignoring any `.minimal` or `-…` suffix. A version
 * that does not parse sorts before every one that does (two such compare equal), so "oldest first"
 * lists show what the console cannot read at the top.
 */
export function compareVersions(a: string, b: string): number {
  const pa = parse(a)
  const pb = parse(b)
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0)
  return pa.yy - pb.yy || pa.mm - pb.mm || pa.build - pb.build
}

/** True when `version` is older than the published one; false when either is unknown or unreadable. */
export function isBehind(
  version: string | null | undefined,
  latestSupported: string | null | undefined,
): boolean {
  if (!parse(version) || !parse(latestSupported)) return false
  return compareVersions(version!, latestSupported!) < 0
}

/**
 * The month a version was released, from its `yy.mm` (UTC, the first of the month), or null when
 * the version is not `yy.mm.build` (legacy delegates such as `1.0.81202` have no release month in
 * their version). [INF] The tag names the month only; the first day is the earliest it can be.
 */
export function versionRelease(version: string | null | undefined): Date | null {
  const p = parse(version)
  if (!p || p.yy > 99 || p.mm < 1 || p.mm > 12) return null
  return new Date(Date.UTC(2000 + p.yy, p.mm - 1, 1))
}

function monthsAfterRelease(version: string | null | undefined, months: number): number | null {
  const release = versionRelease(version)
  if (!release) return null
  release.setUTCMonth(release.getUTCMonth() + months)
  return release.getTime()
}

/**
 * When a version expires (epoch ms). The Manager's own `delegateExpirationTime` /
 * `delegateGroupExpirationTime` wins when given; otherwise the policy's End of Support, six months
 * after the release month: `24.05.x` → 1 November 2024, as the doc's example says. [INF] The
 * Manager's timestamp may fall on another day of that month; 0 from the Manager is read as
 * "not set", as Java's default for an unset long.
 */
export function expiryOf(
  version: string | null | undefined,
  { apiExpiry }: { apiExpiry?: number | null } = {},
): number | null {
  if (apiExpiry != null && apiExpiry > 0) return apiExpiry
  return monthsAfterRelease(version, SUPPORT_MONTHS)
}

/** End of Life by the policy (eight months after the release month), or null for an unknown version. */
export function endOfLifeOf(version: string | null | undefined): number | null {
  return monthsAfterRelease(version, END_OF_LIFE_MONTHS)
}

export interface VersionState {
  /** Older than the account's published version (false when either is unknown). */
  behind: boolean
  /** End of Support (epoch ms), or null when neither the Manager nor the version says. */
  expiresAt: number | null
  /** Where `expiresAt` comes from: the Manager's field or the policy applied to the version. */
  expirySource: 'manager' | 'policy' | null
  /** Past End of Support: Harness flags it expired, though it keeps running. */
  expired: boolean
  /** Not yet expired, but within EXPIRING_SOON_MS (30 days) of it. */
  expiringSoon: boolean
}

/** Everything the console says about a version at `now`; see each field. */
export function versionState(
  version: string | null | undefined,
  latestSupported: string | null | undefined,
  now: number,
  apiExpiry?: number | null,
): VersionState {
  const expiresAt = expiryOf(version, { apiExpiry })
  const fromManager = apiExpiry != null && apiExpiry > 0
  const expired = expiresAt != null && expiresAt <= now
  return {
    behind: isBehind(version, latestSupported),
    expiresAt,
    expirySource: expiresAt == null ? null : fromManager ? 'manager' : 'policy',
    expired,
    expiringSoon: expiresAt != null && !expired && expiresAt - now <= EXPIRING_SOON_MS,
  }
}
