import type { ConnectorInfo } from '@/api/schemas/connector'
import { catalog } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { toConnectorInfo } from '@/catalog/to-api'
import { methodsOf } from '@/catalog/types'
import { seedDb } from '@/mocks/seed'

/**
 * The connectors a writer (YAML, Terraform) must round-trip: every one the form can build (each
 * catalog provider, each auth method, at the account, an org and a project) and every seeded one.
 */
export const CASE_SCOPES = [
  { accountId: 'acct' },
  { accountId: 'acct', orgId: 'default' },
  { accountId: 'acct', orgId: 'default', projectId: 'cd_platform' },
]

export const formConnectors = (): ConnectorInfo[] =>
  catalog
    .filter((p) => p.type)
    .flatMap((provider) =>
      methodsOf(provider).flatMap((method) =>
        CASE_SCOPES.map((scope) =>
          toConnectorInfo(provider, sampleValues(provider, method.id), scope),
        ),
      ),
    )

export const seededConnectors = (): ConnectorInfo[] =>
  seedDb('default').connectors.map((c) => c.response.connector)
