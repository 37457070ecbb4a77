import type { ConnectorResponse, ConnectivityStatus } from '@/api/schemas/connector'
import type { DelegateToken } from '@/api/schemas/delegate'
import type { OrganizationResponse, ProjectResponse } from '@/api/schemas/scope'
import type { SecretResponse } from '@/api/schemas/secret'

import { seedDb, type SeedName } from './seed'
import { runConnectionTest } from './sentinels'
import { getTokenValue, setTokenValue, tokenValueOf } from './token-values'

/** One delegate instance. `heartbeat: 'live'` keeps beating while the page is open. */
export interface MockInstance {
  uuid: string
  hostName: string
  version: string
  heartbeat: 'live' | number
}

export interface MockDelegateGroup {
  identifier: string
  name: string
  type: string
  description?: string
  tags: string[]
  orgId?: string
  projectId?: string
  /** The manager knows which token each delegate uses; the NG listing only exposes tokenActive. */
  tokenName: string
  version: string
  instances: MockInstance[]
  /** A freshly installed delegate stays invisible until its first heartbeat (installers flow). */
  firstHeartbeatAt: number
  /**
   * What the listing reports as `autoUpgrade`; unset = by type (mock-versions.ts autoUpgradeOf):
   * the Kubernetes and Helm installers ship the upgrader, Docker, shell and ECS do not.
   */
  autoUpgrade?: 'ON' | 'OFF' | 'DETECTING'
}

/**
 * A delegate image override (the client's VersionOverrideResponseDto): delegates at its scope whose
 * selectors include every one of `tags` (all of them when `tags` is empty) are given `version`
 * instead of the published one.
 */
export interface MockVersionOverride {
  orgId?: string
  projectId?: string
  tags: string[]
  /** The image, as the override call takes it: `harness/delegate:yy.mm.build`. */
  version: string
  validUntil: number
  validTillNextRelease: boolean
}

export interface MockTestRecord {
  testedAt: number
  status: ConnectivityStatus
  durationMs: number
  errorSummary?: string
}

export interface MockConnector {
  response: ConnectorResponse
  history: MockTestRecord[]
}

/** An entity as a setup-usage record names it: its type (EntityType's YAML name), where, and name. */
export interface MockEntityRef {
  /** `Connectors`, `Pipelines`, `Service`, `Environment`, `Infrastructure`, `Secrets`, `Template`, ... */
  type: string
  identifier: string
  name: string
  orgIdentifier?: string
  projectIdentifier?: string
}

/**
 * One record of the Manager's entity setup usage collection: `referredBy` refers to `referred`
 * ([SRC] harness-core EntitySetupUsageDTO). Other services (pipelines, CD) write these through
 * events; the mock seeds them, as it has no pipelines of its own.
 */
export interface MockSetupUsage {
  referred: MockEntityRef
  referredBy: MockEntityRef
  /** The SetupUsageDetail subtype, by its Jackson name in `type`, and its fields. */
  detail?: { type: string } & Record<string, string>
  createdAt: number
}

/** Everything the mock Manager knows. Token values are NOT here: see token-values.ts. */
export interface MockDb {
  account: { identifier: string; name: string; cluster: string; tier: 'paid' | 'free' }
  organizations: OrganizationResponse[]
  projects: ProjectResponse[]
  secrets: SecretResponse[]
  tokens: DelegateToken[]
  delegateGroups: MockDelegateGroup[]
  connectors: MockConnector[]
  ipAllowlist: string[]
  latestDelegateVersion: string
  /** When each delegate version the mock knows was released (epoch ms), for expiry. */
  versionReleases: Record<string, number>
  versionOverrides: MockVersionOverride[]
  setupUsages: MockSetupUsage[]
  /** Account-level NG settings by identifier, as strings (`enable_force_delete: 'true'`). */
  settings: Record<string, string>
}

export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

const STORAGE_KEY = 'delegate-console:mock-db'
/** localStorage holds ~5 MB; a larger db (the 5,000-connector seed) is regenerated from its seed. */
const MAX_PERSISTED_CHARS = 2_500_000
// 2: versions relative to today, version releases and image overrides.
// 3: entity setup usages and account settings (force delete).
const STORE_VERSION = 3

interface Stored {
  version: number
  seed: SeedName
  db?: MockDb
}

let storage: StorageLike | null = null
let seed: SeedName = 'default'
let state: MockDb | null = null

/** Browser: persist in localStorage so a reload keeps what the user did. Node: memory only. */
export function setPersistence(next: StorageLike | null) {
  storage = next
  state = null
}

function load(): MockDb {
  if (storage) {
    try {
      const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Stored | null
      if (stored?.version === STORE_VERSION) {
        seed = stored.seed
        if (stored.db) return stored.db
        return seedDb(seed)
      }
    } catch {
      // A corrupt store is replaced by a fresh seed below.
    }
  }
  return seedDb(seed)
}

export function db(): MockDb {
  if (!state) {
    state = load()
    explainSeededFailures()
    restoreTokenValues()
  }
  return state
}

/**
 * Values are never persisted (token-values.ts); after a reload the mock Manager derives each active
 * token's value again, the same as before, as the real Manager holds one value per token.
 */
function restoreTokenValues() {
  for (const t of state?.tokens ?? [])
    if (t.status === 'ACTIVE' && !getTokenValue(t.ownerIdentifier, t.name))
      setTokenValue(t.ownerIdentifier, t.name, tokenValueOf(t))
}

/**
 * Seeded failures get the reason the test rules would give (sentinels.ts), so the demo's failed
 * connectors say why before anyone re-tests them.
 */
function explainSeededFailures() {
  for (const c of state?.connectors ?? []) {
    const status = c.response.status
    if (status?.status !== 'FAILURE' || status.errorSummary) continue
    const { result } = runConnectionTest(c.response.connector, status.testedAt ?? Date.now())
    if (result.status === 'FAILURE') {
      status.errorSummary = result.errorSummary ?? null
      status.errors = result.errors ?? []
      const last = c.history.at(-1)
      if (last) last.errorSummary = result.errorSummary ?? undefined
    }
  }
}

export function currentSeed(): SeedName {
  db()
  return seed
}

function persist() {
  if (!storage || !state) return
  // The large seed never fits; skip serialising 5,000 connectors on every write (test-all).
  if (seed === 'large') {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, seed } satisfies Stored))
    return
  }
  const json = JSON.stringify({ version: STORE_VERSION, seed, db: state } satisfies Stored)
  const value =
    json.length <= MAX_PERSISTED_CHARS
      ? json
      : JSON.stringify({ version: STORE_VERSION, seed } satisfies Stored)
  try {
    storage.setItem(STORAGE_KEY, value)
  } catch {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, seed } satisfies Stored))
  }
}

/** Change the db and persist it. Every write goes through here. */
export function update<T>(change: (db: MockDb) => T): T {
  const result = change(db())
  persist()
  return result
}

/** Back to a freshly seeded account ('default', 'empty' for onboarding, 'large' for benchmarks). */
export function resetDb(next: SeedName = 'default') {
  seed = next
  state = seedDb(next)
  explainSeededFailures()
  persist()
}
