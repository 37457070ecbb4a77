import type { ConnectivityDetails, ConnectivityStatus } from '@/api/schemas/connector'
import type { Tone } from '@/components/ui/states'

/** What the console calls each connectivity status (seed 004 "Connector Lifecycle"). */
export type HealthStatus = 'active' | 'failed' | 'partial' | 'unconfigured' | 'pending'

export const HEALTH_LABELS: Record<
  HealthStatus,
  { label: string; tone: Tone; description: string }
> = {
  active: {
    label: 'Active',
    tone: 'success',
    description: 'Tested and the connection is healthy.',
  },
  failed: {
    label: 'Failed',
    tone: 'danger',
    description: 'The most recent connection test failed.',
  },
  partial: {
    label: 'Partial',
    tone: 'warning',
    description: 'Some checks of the last test passed, others did not.',
  },
  unconfigured: {
    label: 'Unconfigured',
    tone: 'neutral',
    description: 'Not tested yet, or the last result is unknown.',
  },
  pending: { label: 'Pending', tone: 'info', description: 'A connection test is running.' },
}

/** The API status behind each console status, for listV2's `connectivityStatuses` filter. */
export const API_STATUS_BY_HEALTH: Record<HealthStatus, ConnectivityStatus> = {
  active: 'SUCCESS',
  failed: 'FAILURE',
  partial: 'PARTIAL',
  unconfigured: 'UNKNOWN',
  pending: 'PENDING',
}

export const HEALTH_ORDER: readonly HealthStatus[] = [
  'active',
  'failed',
  'partial',
  'unconfigured',
  'pending',
]

/**
 * Maps the Manager's connectivity details to the console status. UNKNOWN and "never tested"
 * (no testedAt) are both Unconfigured: seed 004 says a connector "created but not yet tested" is
 * Unconfigured, whatever status the API carries for it.
 */
export function healthOf(details: ConnectivityDetails | null | undefined): HealthStatus {
  const status = details?.status
  if (status === 'PENDING') return 'pending'
  const tested = Boolean(details?.testedAt ?? details?.lastTestedAt)
  if (!status || status === 'UNKNOWN' || !tested) return 'unconfigured'
  if (status === 'SUCCESS') return 'active'
  if (status === 'FAILURE') return 'failed'
  return 'partial'
}

export function healthFromApi(status: ConnectivityStatus): HealthStatus {
  return HEALTH_ORDER.find((h) => API_STATUS_BY_HEALTH[h] === status) ?? 'unconfigured'
}

export function isHealthStatus(value: string | null): value is HealthStatus {
  return value !== null && (HEALTH_ORDER as readonly string[]).includes(value)
}
