import type { ConnectorCategory } from '@/api/schemas/connector'

import type { CategoryId } from './types'

export interface Category {
  id: CategoryId
  label: string
  /** The API's primary `ConnectorCategory` for this console category (REFERENCE §5). */
  apiCategory: ConnectorCategory
  /**
   * Every API category this console category shows, the primary one first. The current API
   * (Harness's client) added COMMUNICATION, DATABASE and DOCUMENTATION; the console keeps six.
   */
  apiCategories: readonly ConnectorCategory[]
}

/** Console categories in display order; seed 004 names the six. */
export const CATEGORIES: readonly Category[] = [
  {
    id: 'code',
    label: 'Code repositories',
    apiCategory: 'CODE_REPO',
    apiCategories: ['CODE_REPO'],
  },
  {
    id: 'artifacts',
    label: 'Artifact repositories',
    apiCategory: 'ARTIFACTORY',
    apiCategories: ['ARTIFACTORY'],
  },
  {
    id: 'cloud',
    label: 'Cloud providers and infrastructure',
    apiCategory: 'CLOUD_PROVIDER',
    // JDBC (Database DevOps) is infrastructure a pipeline deploys to, as a cluster is.
    apiCategories: ['CLOUD_PROVIDER', 'DATABASE'],
  },
  {
    id: 'secrets',
    label: 'Secret managers and security',
    apiCategory: 'SECRET_MANAGER',
    apiCategories: ['SECRET_MANAGER'],
  },
  {
    id: 'observability',
    label: 'Monitoring and logging',
    apiCategory: 'MONITORING',
    apiCategories: ['MONITORING'],
  },
  {
    id: 'collaboration',
    label: 'Ticketing and collaboration',
    apiCategory: 'TICKETING',
    apiCategories: ['TICKETING', 'COMMUNICATION', 'DOCUMENTATION'],
  },
]

/** The console category that shows an API category (CLOUD_COST types are not created here). */
export function categoryOfApi(apiCategory: ConnectorCategory): CategoryId | undefined {
  return CATEGORIES.find((c) => c.apiCategories.includes(apiCategory))?.id
}

/** What the list's filters and counts call each API category. */
export const API_CATEGORY_LABELS: Readonly<Record<ConnectorCategory, string>> = {
  CODE_REPO: 'Code repositories',
  ARTIFACTORY: 'Artifact repositories',
  CLOUD_PROVIDER: 'Cloud providers and infrastructure',
  SECRET_MANAGER: 'Secret managers and security',
  MONITORING: 'Monitoring and logging',
  TICKETING: 'Ticketing and incidents',
  COMMUNICATION: 'Chat and meetings',
  DATABASE: 'Databases',
  DOCUMENTATION: 'Documentation',
  CLOUD_COST: 'Cloud cost',
}
