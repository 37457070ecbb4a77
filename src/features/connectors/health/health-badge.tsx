import { Badge } from '@/components/ui/states'

import { HEALTH_LABELS, type HealthStatus } from './status'

/** The status pill used in the list and on the detail page. */
export function HealthBadge({ health }: { health: HealthStatus }) {
  const { label, tone, description } = HEALTH_LABELS[health]
  return (
    <span title={description}>
      <Badge tone={tone} dot>
        {label}
      </Badge>
    </span>
  )
}
