import { createConnector } from '@harness-client/ng-manager-v2/src/services/hooks/useCreateConnectorMutation.js'
import { deleteConnector } from '@harness-client/ng-manager-v2/src/services/hooks/useDeleteConnectorMutation.js'
import { getConnectorCatalogue } from '@harness-client/ng-manager-v2/src/services/hooks/useGetConnectorCatalogueQuery.js'
import { getConnectorListV2 } from '@harness-client/ng-manager-v2/src/services/hooks/useGetConnectorListV2Mutation.js'
import { getConnector } from '@harness-client/ng-manager-v2/src/services/hooks/useGetConnectorQuery.js'
import { getConnectorStatistics } from '@harness-client/ng-manager-v2/src/services/hooks/useGetConnectorStatisticsQuery.js'
import { getTestConnectionResult } from '@harness-client/ng-manager-v2/src/services/hooks/useGetTestConnectionResultMutation.js'
import { updateConnector } from '@harness-client/ng-manager-v2/src/services/hooks/useUpdateConnectorMutation.js'
import type { ConnectorFilterProperties } from '@harness-client/ng-manager-v2/src/services/schemas/ConnectorFilterProperties'
import type { ConnectorInfo as ClientConnectorInfo } from '@harness-client/ng-manager-v2/src/services/schemas/ConnectorInfo'

import { CONNECTOR_CATEGORIES, CONNECTOR_TYPES, type ConnectorInfo } from '@/api/schemas/connector'
import { applyEdit } from '@/catalog/apply-edit'
import { catalog } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { fromConnectorInfo, toConnectorInfo } from '@/catalog/to-api'
import { providerSchema } from '@/catalog/to-zod'
import { resetDb } from '@/mocks/db'

import {
  account,
  call,
  expectContract,
  driveMockWithHarnessClient,
  withApiKey,
} from '@/test/harness-client'
import { contractConnectorTypes } from './to-zod'

/**
 * The admin's connector workflow, driven by Harness's own client against the mock. Each answer is
 * checked for the Manager's status code, its envelope, and a body that is exactly the client's
 * declared type (valid, and no field the type lacks).
 */

driveMockWithHarnessClient()
beforeEach(() => resetDb('default'))

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const sameTypes: Equal<(typeof CONNECTOR_TYPES)[number], ClientConnectorInfo['type']> = true
const sameCategories: Equal<
  (typeof CONNECTOR_CATEGORIES)[number],
  NonNullable<ConnectorFilterProperties['categories']>[number]
> = true

/**
 * The client's ConnectorInfo wants `connectorType` inside `spec` (OATS's rendering of Jackson's
 * EXTERNAL_PROPERTY type id); the Manager reads `type` beside it and never that field, so a real
 * body is cast to the client's type rather than given a field the server would ignore.
 */
const asClient = (info: ConnectorInfo) => info as unknown as ClientConnectorInfo

const scopes = [
  { name: 'account', q: {} },
  { name: 'org', q: { orgIdentifier: 'default' } },
  { name: 'project', q: { orgIdentifier: 'default', projectIdentifier: 'cd_platform' } },
] as const

const list = (body: ConnectorFilterProperties, q: Record<string, unknown> = {}) =>
  call(() => getConnectorListV2({ queryParams: { ...account, ...q }, body }))
const names = (body: unknown) =>
  ((body as { data: { content: { connector: { identifier: string } }[] } }).data.content ?? []).map(
    (c) => c.connector.identifier,
  )

describe('connector types and categories', () => {
  it('are the ones the current API has', () => {
    expect(sameTypes && sameCategories).toBe(true)
    expect([...CONNECTOR_TYPES].sort()).toEqual(contractConnectorTypes().sort())
  })

  it('serves the catalogue and the statistics as their types', async () => {
    const catalogue = await call(() => getConnectorCatalogue({ queryParams: account }))
    expect(catalogue.status).toBe(200)
    expectContract('ResponseDtoConnectorCatalogueResponse', catalogue.body)
    const stats = await call(() => getConnectorStatistics({ queryParams: account }))
    expect(stats.status).toBe(200)
    expectContract('ResponseDtoConnectorStatistics', stats.body)
  })
})

describe('listV2', () => {
  it('answers every scope as PageResponse<ConnectorResponse>', async () => {
    for (const scope of scopes) {
      const res = await list({ filterType: 'Connector' }, scope.q)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status: 'SUCCESS' })
      expectContract('ResponseDtoPageResponseConnectorResponse', res.body)
    }
  })

  it('honours every filter field', async () => {
    const all = names((await list({ filterType: 'Connector' })).body)
    expect(all.length).toBeGreaterThan(5)
    const cases: [ConnectorFilterProperties, (ids: string[]) => void][] = [
      [
        { filterType: 'Connector', connectorNames: ['Datadog'] },
        (ids) => expect(ids).toEqual(['datadog']),
      ],
      [
        { filterType: 'Connector', connectorIdentifiers: ['github_acme'] },
        (ids) => expect(ids).toEqual(['github_acme']),
      ],
      [
        { filterType: 'Connector', types: ['Github'] },
        (ids) => expect(ids).toEqual(['github_acme']),
      ],
      [
        { filterType: 'Connector', categories: ['SECRET_MANAGER'] },
        (ids) => expect(ids).toContain('vault_prod'),
      ],
      [
        { filterType: 'Connector', categories: ['COMMUNICATION', 'DATABASE', 'DOCUMENTATION'] },
        (ids) => expect(ids.every((i) => all.includes(i))).toBe(true),
      ],
      [
        { filterType: 'Connector', connectivityStatuses: ['FAILURE'] },
        (ids) => expect(ids.length).toBeGreaterThan(0),
      ],
      [
        { filterType: 'Connector', tags: { team: 'platform' } },
        (ids) => expect(ids).toContain('github_acme'),
      ],
      [
        { filterType: 'Connector', description: 'organization-wide' },
        (ids) => expect(ids).toEqual(['github_acme']),
      ],
      [
        { filterType: 'Connector', connectorConnectivityModes: ['MANAGER'] },
        (ids) => expect(ids).toContain('github_acme'),
      ],
      [
        { filterType: 'Connector', connectorConnectivityModes: ['DELEGATE'] },
        (ids) => expect(ids).not.toContain('github_acme'),
      ],
      [
        { filterType: 'Connector', inheritingCredentialsFromDelegate: true },
        (ids) => expect(ids.length).toBeGreaterThan(0),
      ],
    ]
    for (const [filter, check] of cases) {
      const res = await list(filter)
      expect(res.status, JSON.stringify(filter)).toBe(200)
      expectContract('ResponseDtoPageResponseConnectorResponse', res.body)
      check(names(res.body))
    }
    const inherit = names(
      (await list({ filterType: 'Connector', inheritingCredentialsFromDelegate: true })).body,
    )
    const own = names(
      (await list({ filterType: 'Connector', inheritingCredentialsFromDelegate: false })).body,
    )
    expect([...inherit, ...own].sort()).toEqual([...all].sort())
  })

  it('searches name, identifier, tags and description, not type', async () => {
    const search = async (searchTerm: string) =>
      names((await list({ filterType: 'Connector' }, { searchTerm })).body)
    expect(await search('GitHub acme')).toEqual(['github_acme'])
    expect(await search('github_ac')).toEqual(['github_acme'])
    expect(await search('platform')).toContain('github_acme')
    expect(await search('pipelines')).toContain('github_acme')
    expect(await search('K8sCluster')).toEqual([])
  })

  it('refuses a filter the API does not have, naming the field', async () => {
    const res = await list({ filterType: 'Connector', categories: ['NOPE' as never] })
    expect(res.status).toBe(400)
    expectContract('Failure', res.body)
    expect(JSON.stringify(res.body)).toContain('categories')
  })
})

/** One connector per catalog provider that has an API type, built by the console's form mapping. */
const bodies = catalog
  .filter((p) => p.type && !p.variantOf)
  .map((p) => {
    const values = providerSchema(p.id).parse(sampleValues(p))
    return { provider: p, values }
  })

describe('create, get, update, test and delete at every scope', () => {
  it.each(bodies.map((b) => [b.provider.id, b] as const))('%s', async (_, { provider, values }) => {
    for (const scope of scopes) {
      const where = {
        accountId: account.accountIdentifier,
        orgId: 'orgIdentifier' in scope.q ? scope.q.orgIdentifier : undefined,
        projectId: 'projectIdentifier' in scope.q ? scope.q.projectIdentifier : undefined,
      }
      const q = { ...account, ...scope.q }
      const info = toConnectorInfo(provider, values, where)
      const created = await call(() =>
        createConnector({ queryParams: q, body: { connector: asClient(info) } }),
      )
      expect(created.status, `${scope.name} create`).toBe(200)
      expectContract('ResponseDtoConnectorResponse', created.body)

      const got = await call(() => getConnector({ identifier: info.identifier, queryParams: q }))
      expect(got.status).toBe(200)
      expectContract('ResponseDtoConnectorResponse', got.body)
      const stored = (got.body as unknown as { data: { connector: ConnectorInfo } }).data.connector
      expect(stored.spec).toEqual(info.spec)

      const edited = applyEdit(
        provider,
        { ...fromConnectorInfo(provider, stored), description: 'Changed by the contract test' },
        where,
        stored,
      )
      const updated = await call(() =>
        updateConnector({ queryParams: q, body: { connector: asClient(edited) } }),
      )
      expect(updated.status).toBe(200)
      expectContract('ResponseDtoConnectorResponse', updated.body)
      expect(
        (updated.body as unknown as { data: { connector: ConnectorInfo } }).data.connector,
      ).toMatchObject({
        description: 'Changed by the contract test',
        spec: stored.spec,
      })

      const tested = await call(() =>
        getTestConnectionResult({ identifier: info.identifier, queryParams: q }),
      )
      expect(tested.status).toBe(200)
      expectContract('ResponseDtoConnectorValidationResult', tested.body)

      const deleted = await call(() =>
        deleteConnector({ identifier: info.identifier, queryParams: q }),
      )
      expect(deleted.status).toBe(200)
      expectContract('ResponseDtoBoolean', deleted.body)
      expect(deleted.body).toMatchObject({ status: 'SUCCESS', data: true })
    }
  })
})

describe('error paths', () => {
  const github = bodies.find((b) => b.provider.id === 'github')!
  const info = () =>
    toConnectorInfo(github.provider, github.values, { accountId: account.accountIdentifier })

  it('a missing connector: 400 RESOURCE_NOT_FOUND_EXCEPTION', async () => {
    const res = await call(() => getConnector({ identifier: 'nope', queryParams: account }))
    expect(res.status).toBe(400)
    expectContract('Failure', res.body)
    expect(res.body).toMatchObject({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION' })
  })

  it('a duplicate identifier: 400 DUPLICATE_FIELD', async () => {
    const body = { connector: asClient(info()) }
    expect((await call(() => createConnector({ queryParams: account, body }))).status).toBe(200)
    const again = await call(() => createConnector({ queryParams: account, body }))
    expect(again.status).toBe(400)
    expectContract('Error', again.body)
    expect(again.body).toMatchObject({ code: 'DUPLICATE_FIELD' })
  })

  it('an invalid identifier or spec: 400 Failure with field errors', async () => {
    const bad = { ...info(), identifier: '9-bad id' }
    const res = await call(() =>
      createConnector({ queryParams: account, body: { connector: asClient(bad) } }),
    )
    expect(res.status).toBe(400)
    expectContract('Failure', res.body)
    expect(res.body).toMatchObject({ status: 'FAILURE', errors: [{ fieldId: 'identifier' }] })
    const wrongAuth = { ...info(), spec: { ...info().spec, authentication: { type: 'Token' } } }
    const res2 = await call(() =>
      createConnector({
        queryParams: account,
        body: { connector: asClient(wrongAuth) },
      }),
    )
    expect(res2.status).toBe(400)
    expect(res2.body).toMatchObject({ errors: [{ fieldId: 'spec.authentication.type' }] })
  })

  it('drops spec fields the API does not have, as the Manager does', async () => {
    const extra = { ...info(), spec: { ...info().spec, sid: 'x' } }
    const res = await call(() =>
      createConnector({ queryParams: account, body: { connector: asClient(extra) } }),
    )
    expect(res.status).toBe(200)
    expect(
      (res.body as unknown as { data: { connector: ConnectorInfo } }).data.connector.spec,
    ).not.toHaveProperty('sid')
  })

  it('a bad API key: 401 INVALID_TOKEN', async () => {
    withApiKey('not-a-key')
    const res = await list({ filterType: 'Connector' })
    expect(res.status).toBe(401)
    expectContract('Error', res.body)
    expect(res.body).toMatchObject({ status: 'ERROR', code: 'INVALID_TOKEN' })
  })
})
