import type { ConnectorType } from '@/api/schemas/connector'

import type { CategoryId } from './types'

/** An API connector type the console lists but does not create, and why. */
export interface NotCreatedType {
  type: ConnectorType
  label: string
  reason: string
  /** The picker category it is explained under. */
  category: CategoryId
}

/**
 * The connector types that have no provider in the catalog. The picker explains them and the
 * list's type filter names them; catalog.test.ts checks that the catalog and this list together
 * cover every type in CONNECTOR_TYPES exactly once.
 */
export const NOT_CREATED_TYPES: readonly NotCreatedType[] = [
  {
    type: 'Local',
    category: 'secrets',
    label: 'Harness built-in secret manager',
    reason: 'Every account already has it; it stores the secrets the other connectors reference.',
  },
  {
    type: 'CEAws',
    category: 'cloud',
    label: 'AWS cloud costs',
    reason: 'Created from Cloud Costs setup, which also sets up the cost and usage report.',
  },
  {
    type: 'CEAzure',
    category: 'cloud',
    label: 'Azure cloud costs',
    reason: 'Created from Cloud Costs setup, which also sets up the billing export.',
  },
  {
    type: 'GcpCloudCost',
    category: 'cloud',
    label: 'GCP cloud costs',
    reason: 'Created from Cloud Costs setup, which also sets up the billing export.',
  },
  {
    type: 'CEK8sCluster',
    category: 'cloud',
    label: 'Kubernetes cloud costs',
    reason: 'Created from Cloud Costs setup, on top of a Kubernetes cluster connector.',
  },
  {
    type: 'Harness',
    category: 'code',
    label: 'Harness Code',
    reason: "Harness Code's built-in connector to its own repositories; it needs no setup.",
  },
]

const byType = new Map(NOT_CREATED_TYPES.map((t) => [t.type, t]))

export function notCreatedType(type: ConnectorType): NotCreatedType | undefined {
  return byType.get(type)
}
