import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Tone } from '@/components/ui/states'

/**
 * A group's connectivity as the URL spells it (`?status=partially-connected`). The Manager sends a
 * free-form lowercase string, "connected" | "partially connected" | "disconnected" (REFERENCE.md
 * §9.11), so anything else is no state at all rather than a guess.
 */
export type GroupState = 'connected' | 'partially-connected' | 'disconnected'

export const GROUP_STATES: { state: GroupState; label: string; tone: Tone }[] = [
  { state: 'connected', label: 'Connected', tone: 'success' },
  { state: 'partially-connected', label: 'Partially connected', tone: 'warning' },
  { state: 'disconnected', label: 'Disconnected', tone: 'danger' },
]

export const isGroupState = (value: string | null): value is GroupState =>
  GROUP_STATES.some((s) => s.state === value)

/** The group's state, or null when the Manager sent none or one the console does not know. */
export function groupState(group: DelegateGroup): GroupState | null {
  const state = (group.connectivityStatus ?? '').trim().toLowerCase().replace(/\s+/g, '-')
  return isGroupState(state) ? state : null
}

/** What the Version column shows: the oldest connected instance's version (groupVersion), else
 *  the group's own. */
export const groupVersionOf = (group: DelegateGroup) =>
  group.groupVersion ?? group.delegateVersion ?? null
