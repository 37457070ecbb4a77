import { compareText } from '@/lib/format'

import type { Destination, EgressPlan } from './egress-plan'

export type Transport = 'TCP' | 'UDP'

/** Every protocol in the plan rides on TCP except an explicit UDP hint. */
export const transportOf = (d: Destination): Transport => (d.protocol === 'UDP' ? 'UDP' : 'TCP')

export interface PortGroup {
  transport: Transport
  port: number
  destinations: Destination[]
}

/** Destinations grouped by transport and port, lowest port first: firewalls think in ports. */
export function groupByPort(plan: EgressPlan): PortGroup[] {
  const groups = new Map<string, PortGroup>()
  for (const d of plan.destinations) {
    const key = `${transportOf(d)}/${d.port}`
    const group = groups.get(key) ?? { transport: transportOf(d), port: d.port, destinations: [] }
    group.destinations.push(d)
    groups.set(key, group)
  }
  return [...groups.values()].sort(
    (a, b) => a.port - b.port || compareText(a.transport, b.transport),
  )
}
