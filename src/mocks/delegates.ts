import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'

import { db, update, type MockDelegateGroup, type MockInstance } from './db'
import { autoUpgradeOf, UPGRADER_PERIOD_MS, versionExpiry } from './mock-versions'

/** An instance is connected if it beat in the last 5 minutes ([SRC] HEARTBEAT_EXPIRY_TIME_FIVE_MINS). */
export const HEARTBEAT_EXPIRY_MS = 5 * 60_000

/** A live instance beats every ~30 s, with a stable per-instance phase. */
export function lastHeartbeat(instance: MockInstance, now: number) {
  if (instance.heartbeat !== 'live') return instance.heartbeat
  return now - ((now + hashOf(instance.uuid)) % 30_000)
}

function hashOf(text: string) {
  let hash = 0
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return hash
}

export function tokenIsActive(group: MockDelegateGroup) {
  const token = db().tokens.find(
    (t) => t.name === group.tokenName && (t.ownerIdentifier ?? undefined) === ownerOfGroup(group),
  )
  return token?.status === 'ACTIVE'
}

export function ownerOfGroup(group: Pick<MockDelegateGroup, 'orgId' | 'projectId'>) {
  if (!group.orgId) return undefined
  return group.projectId ? `${group.orgId}/${group.projectId}` : group.orgId
}

export function groupsAtScope(scope: Scope, now = Date.now()) {
  return db().delegateGroups.filter(
    (g) => g.firstHeartbeatAt <= now && g.orgId === scope.orgId && g.projectId === scope.projectId,
  )
}

/** The manager's DelegateGroupDetails view of a mock group (REFERENCE.md §4c). */
export function toGroupDetails(group: MockDelegateGroup, now = Date.now()): DelegateGroup {
  const tokenActive = tokenIsActive(group)
  const instances = group.instances.map((i) => {
    const beat = lastHeartbeat(i, now)
    return {
      uuid: i.uuid,
      hostName: i.hostName,
      version: i.version,
      lastHeartbeat: beat,
      tokenActive,
      activelyConnected: tokenActive && beat >= now - HEARTBEAT_EXPIRY_MS,
      delegateExpirationTime: versionExpiry(db(), i.version) ?? undefined,
    }
  })
  // [INF] As groupVersion, from the connected instances (all of them when none is connected).
  const live = instances.filter((i) => i.activelyConnected)
  const expiries = (live.length ? live : instances).flatMap((i) => i.delegateExpirationTime ?? [])
  const autoUpgrade = autoUpgradeOf(group, now)
  const connected = instances.filter((i) => i.activelyConnected).length
  const connectivityStatus =
    connected === 0
      ? 'disconnected'
      : connected === instances.length
        ? 'connected'
        : 'partially connected'
  const versions = instances
    .filter((i) => i.activelyConnected)
    .map((i) => i.version)
    .sort()
  return {
    groupId: `grp-${group.identifier}`,
    delegateGroupIdentifier: group.identifier,
    delegateType: group.type,
    groupName: group.name,
    delegateDescription: group.description ?? null,
    groupImplicitSelectors: { [group.name]: 'GROUP_NAME' },
    groupCustomSelectors: group.tags,
    lastHeartBeat: Math.max(...instances.map((i) => i.lastHeartbeat)),
    connectivityStatus,
    activelyConnected: connectivityStatus !== 'disconnected',
    delegateInstanceDetails: instances,
    tokenActive,
    autoUpgrade,
    // [INF] The group expires with its oldest (connected) instance.
    delegateGroupExpirationTime: expiries.length ? Math.min(...expiries) : undefined,
    delegateVersion: group.version,
    groupVersion: versions[0] ?? group.version,
    // [INF] The upgrader's last hourly check-in, while the group is connected.
    upgraderLastUpdated:
      autoUpgrade === 'ON' && connected
        ? now - ((now + hashOf(group.identifier)) % UPGRADER_PERIOD_MS)
        : undefined,
    immutable: true,
  }
}

/** Selectors a connector's delegateSelectors can match: the group name and its tags. */
export function groupSelectors(group: MockDelegateGroup) {
  return [group.name, ...group.tags]
}

/**
 * Mock only: the delegate group was restarted with a new token (the rotation walkthrough's
 * "I have updated it"). Its instances come back and beat on the new token at once. In Manager
 * mode nothing calls this; the real delegates report their token by heartbeat.
 */
export function moveDelegate(groupIdentifier: string, tokenName: string) {
  const group = db().delegateGroups.find((g) => g.identifier === groupIdentifier)
  if (!group) return false
  const token = db().tokens.find(
    (t) => t.name === tokenName && (t.ownerIdentifier ?? undefined) === ownerOfGroup(group),
  )
  if (token?.status !== 'ACTIVE') return false
  update((d) => {
    const target = d.delegateGroups.find((g) => g.identifier === groupIdentifier)
    if (!target) return
    target.tokenName = tokenName
    target.instances = target.instances.map((i) => ({ ...i, heartbeat: 'live' as const }))
  })
  return true
}
