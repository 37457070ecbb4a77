import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import { connectorQueries } from '@/api/queries/connectors'
import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { getPreferredCluster } from '@/lib/harness-clusters'
import { ONBOARDING_EVENT, readOnboardingEvents } from '@/lib/onboarding-events'

import { useProgress } from './progress'
import { STEPS, type StepId } from './steps'

export type StepState = 'done' | 'skipped' | 'todo'

function useEvents() {
  const [events, setEvents] = useState(readOnboardingEvents)
  useEffect(() => {
    const refresh = () => setEvents(readOnboardingEvents())
    window.addEventListener(ONBOARDING_EVENT, refresh)
    return () => window.removeEventListener(ONBOARDING_EVENT, refresh)
  }, [])
  return events
}

/**
 * Each step's state, derived from real data where the API can tell (an active token of our own,
 * a delegate group, a connected delegate, a connector, a successful test), otherwise from what this
 * browser remembers. Polls while a step is waiting on the outside world (the delegate connecting).
 */
export function useOnboardingStatus(scope: Scope) {
  const progress = useProgress()
  const events = useEvents()
  const waiting =
    progress.active === 'installer' || progress.active === 'delegate' || progress.active === 'test'
  const poll = waiting ? 5_000 : false
  // Fresh on every visit: other pages change these (a test updates rows in place, not this count).
  const fresh = { refetchOnMount: 'always' as const }
  const tokens = useQuery({ ...delegateQueries.tokens(scope, 'ACTIVE'), ...fresh })
  const groups = useQuery({ ...delegateQueries.groups(scope), ...fresh, refetchInterval: poll })
  const connectors = useQuery({
    ...connectorQueries.list(scope, { pageSize: 1, includeParents: true }),
    ...fresh,
    refetchInterval: poll,
  })
  const tested = useQuery({
    ...connectorQueries.list(scope, {
      pageSize: 1,
      includeParents: true,
      filter: { connectivityStatuses: ['SUCCESS'] },
    }),
    ...fresh,
    refetchInterval: poll,
  })

  const derived: Record<StepId, boolean> = {
    // A delegate connected at this scope proves the scope and the account's cluster are set up,
    // chosen here or not; the row then shows the cluster the console uses (saying when that is
    // only its default), with a way to change it.
    scope: getPreferredCluster() !== null || !!groups.data?.some((g) => g.activelyConnected),
    token:
      events.includes('token-generated') ||
      !!tokens.data?.some((t) => !t.name.startsWith('default_token')),
    installer: events.includes('installer-downloaded') || (groups.data?.length ?? 0) > 0,
    delegate: !!groups.data?.some((g) => g.activelyConnected),
    connector: (connectors.data?.totalItems ?? 0) > 0,
    test: (tested.data?.totalItems ?? 0) > 0,
  }
  const states = Object.fromEntries(
    STEPS.map((s) => [
      s.id,
      derived[s.id] || progress.done.includes(s.id)
        ? 'done'
        : progress.skipped.includes(s.id)
          ? 'skipped'
          : 'todo',
    ]),
  ) as Record<StepId, StepState>
  const current = STEPS.find((s) => states[s.id] === 'todo') ?? null
  const doneCount = STEPS.filter((s) => states[s.id] === 'done').length
  const isLoading = tokens.isPending || groups.isPending || connectors.isPending || tested.isPending
  const error = tokens.error ?? groups.error ?? connectors.error ?? tested.error
  return { states, current, doneCount, isLoading, error, progress, events }
}
