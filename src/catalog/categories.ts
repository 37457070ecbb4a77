import type { ConnectorCategory } from '@/api/schemas/connector'

import type { CategoryId } from './types'

export interface Category {
  id: CategoryId
  label: string
  /** The API's `ConnectorCategory` for this console category (REFERENCE §5). */
  apiCategory: ConnectorCategory
}

/** Console categories in display order; seed 004 names the six. */
export const CATEGORIES: readonly Category[] = [
  { id: 'code', label: 'Code repositories', apiCategory: 'CODE_REPO' },
  { id: 'artifacts', label: 'Artifact repositories', apiCategory: 'ARTIFACTORY' },
  { id: 'cloud', label: 'Cloud providers and infrastructure', apiCategory: 'CLOUD_PROVIDER' },
  { id: 'secrets', label: 'Secret managers and security', apiCategory: 'SECRET_MANAGER' },
  { id: 'observability', label: 'Monitoring and logging', apiCategory: 'MONITORING' },
  { id: 'collaboration', label: 'Ticketing and notifications', apiCategory: 'TICKETING' },
]
