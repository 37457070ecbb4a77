import { delay, http } from 'msw'

import {
  CATEGORY_BY_TYPE,
  CONNECTOR_CATEGORIES,
  connectorFilterSchema,
  type ConnectivityStatus,
  type ConnectorFilter,
  type ConnectorInfo,
  type ConnectorType,
} from '@/api/schemas/connector'
import { IDENTIFIER_PATTERN, type FieldError } from '@/api/schemas/common'
import type { Scope } from '@/api/scope'

import { db, update, type MockConnector } from '../db'
import {
  atScope,
  dto,
  errorBody,
  failure,
  fieldFailure,
  gw,
  ngScope,
  page,
  readJson,
  visibleFrom,
} from '../http'
import { unreachableSecretRefs } from '../secret-refs'
import { refuseConnectorDelete } from '../setup-usages'
import { runConnectionTest } from '../sentinels'

const HISTORY_LIMIT = 30
const isTestRun = () => (import.meta as { env?: { MODE?: string } }).env?.MODE === 'test'

const find = (identifier: string, scope: Scope) =>
  db().connectors.find(
    (c) => c.response.connector.identifier === identifier && atScope(c.response.connector, scope),
  )

/** A missing connector is HTTP 400 RESOURCE_NOT_FOUND_EXCEPTION, not 404 (REFERENCE.md §9.3). */
const notFound = (identifier: string, scope: Scope) =>
  failure(
    `Connector with identifier [${identifier}] not found in account [${scope.accountId}].`,
    [],
    'RESOURCE_NOT_FOUND_EXCEPTION',
  )

/** A sort field's value: what the Manager's Mongo sort reads from the stored entity. */
function sortValue(c: MockConnector, field: string): string | number {
  const { connector, status } = c.response
  switch (field) {
    case 'name':
      return connector.name.toLowerCase()
    case 'identifier':
      return connector.identifier
    case 'createdAt':
      return c.response.createdAt ?? 0
    // A connector never tested has no stored status or time: sorted as the lowest value.
    case 'connectivityDetails.status':
      return status?.status ?? ''
    case 'connectivityDetails.testedAt':
      return status?.testedAt ?? 0
    default:
      return c.response.lastModifiedAt ?? 0
  }
}

/**
 * listV2's `sortOrders` (repeatable `field,ASC|DESC`, DESC when no direction is given). Each
 * connector's sort values are read once, not per comparison: a 5,000-connector account is sorted
 * on every page a test-all run reads, on the page's thread.
 */
function sortConnectors(items: MockConnector[], sorts: string[]) {
  const orders = (sorts.length ? sorts : ['lastModifiedAt,DESC']).map((sort) => {
    const [field, direction] = sort.split(',')
    return { field, sign: direction?.toUpperCase() === 'ASC' ? 1 : -1 }
  })
  const keyed = items.map((item) => ({ item, keys: orders.map((o) => sortValue(item, o.field)) }))
  keyed.sort((a, b) => {
    for (let i = 0; i < orders.length; i++) {
      const x = a.keys[i]
      const y = b.keys[i]
      if (x !== y) return x < y ? -orders[i].sign : orders[i].sign
    }
    return 0
  })
  return keyed.map((k) => k.item)
}

/**
 * Validate a create/update body as the Manager would: by the API's own types (derived from
 * Harness's client, src/api/contract), not by the console's catalog, so a body bug of the console
 * cannot pass. Fields the API does not have are dropped, as the Manager's Jackson drops them. The
 * contract loads with the first connector created or edited, not with the mock.
 */
async function parseBody(
  request: Request,
  scope: Scope,
): Promise<{ info: ConnectorInfo } | { error: Response }> {
  const body = await readJson(request)
  const connector = (body as { connector?: unknown } | undefined)?.connector
  if (!connector || typeof connector !== 'object')
    return {
      error: failure('connector: must not be null', [
        { fieldId: 'connector', error: 'must not be null' },
      ]),
    }
  const { checkContract } = await import('@/api/contract/validate')
  const checked = checkContract<ConnectorInfo>('ConnectorInfo', connector)
  if (!checked.success) return { error: fieldFailure(checked.errors) }
  const info = checked.data
  const errors: FieldError[] = []
  if (!IDENTIFIER_PATTERN.test(info.identifier))
    errors.push({
      fieldId: 'identifier',
      error: 'can start with a letter or _ and contain only letters, digits, _ and $ (128 at most)',
    })
  if (info.identifier === 'harnessSecretManager')
    errors.push({ fieldId: 'identifier', error: 'harnessSecretManager is reserved' })
  if (!info.name.trim()) errors.push({ fieldId: 'name', error: 'must not be blank' })
  if (info.type === 'Local')
    errors.push({ fieldId: 'type', error: 'Local secret managers cannot be created' })
  errors.push(...unreachableSecretRefs(info))
  if (errors.length) return { error: fieldFailure(errors) }
  const owner = {
    accountId: scope.accountId,
    orgId: info.orgIdentifier || undefined,
    projectId: info.projectIdentifier || undefined,
  }
  return {
    info: {
      ...info,
      spec: info.spec ?? {},
      accountIdentifier: scope.accountId,
      orgIdentifier: owner.orgId ?? null,
      projectIdentifier: owner.projectId ?? null,
    },
  }
}

/** The value at `path` of a parsed JSON body, to name it in an error. */
function valueAt(body: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    body,
  )
}

/**
 * listV2's body, checked as the Manager's Jackson would: a wrong `filterType` is named as such; any
 * other bad field (an unknown category or type, say) is named with the value sent. A missing
 * `filterType` passes: Harness's client types it optional ([SRC] ConnectorFilterProperties in
 * @harnessio/react-ng-manager-v2-client; REFERENCE.md §5 says required, the client wins).
 */
function parseFilter(body: unknown): { data: ConnectorFilter } | { error: Response } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return {
      error: failure('filterProperties: must not be null', [
        { fieldId: 'filterProperties', error: 'must not be null' },
      ]),
    }
  const filterType = (body as { filterType?: unknown }).filterType
  if (filterType !== undefined && filterType !== 'Connector')
    return {
      error: failure('filterType: must be "Connector"', [
        { fieldId: 'filterType', error: 'must be "Connector"' },
      ]),
    }
  const parsed = connectorFilterSchema.safeParse(body)
  if (parsed.success) return { data: parsed.data }
  const errors: FieldError[] = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? 'filterProperties')
    const value = valueAt(body, issue.path)
    return {
      fieldId: field,
      error:
        issue.code === 'invalid_value' || typeof value === 'string'
          ? `${JSON.stringify(value)} is not a valid value`
          : issue.message,
    }
  })
  return { error: fieldFailure(errors) }
}

/**
 * The connector takes its credentials from the delegate it runs on. [SRC] the Manager tests the
 * stored `credentialType` for InheritFromDelegate (Aws, Gcp, Azure, K8sCluster, ...); [INF] the
 * other ways a connector leans on the delegate's own identity count too: the delegate's IAM role
 * (AWS KMS / Secrets Manager AssumeIAMRole), GCP Secret Manager's assumeCredentialsOnDelegate,
 * Azure Key Vault's managed identity, and Vault's AWS IAM or Kubernetes auth.
 */
function inheritsFromDelegate(c: ConnectorInfo) {
  const spec = c.spec as {
    credential?: { type?: unknown }
    assumeCredentialsOnDelegate?: unknown
    useManagedIdentity?: unknown
    useAwsIam?: unknown
    useK8sAuth?: unknown
  }
  return (
    spec.credential?.type === 'InheritFromDelegate' ||
    spec.credential?.type === 'AssumeIAMRole' ||
    spec.assumeCredentialsOnDelegate === true ||
    spec.useManagedIdentity === true ||
    spec.useAwsIam === true ||
    spec.useK8sAuth === true
  )
}

/** DELEGATE unless the spec says executeOnDelegate: false ([SRC] ConnectorKeys.executeOnDelegate). */
const connectivityMode = (c: ConnectorInfo) =>
  (c.spec as { executeOnDelegate?: unknown }).executeOnDelegate === false ? 'MANAGER' : 'DELEGATE'

/**
 * searchTerm: name, identifier, description, tag keys and values, case-insensitive substrings
 * ([SRC] ConnectorFilterServiceImpl.getSearchTermFilter; not the type).
 */
function matchesSearchTerm(c: ConnectorInfo, term: string) {
  const has = (text: string | null | undefined) => !!text && text.toLowerCase().includes(term)
  return (
    has(c.name) ||
    has(c.identifier) ||
    has(c.description) ||
    Object.entries(c.tags ?? {}).some(([key, value]) => has(key) || has(value))
  )
}

/** Every ConnectorFilterProperties field; an empty or absent field does not filter. */
function matchesFilter(c: ConnectorInfo, status: ConnectivityStatus, f: ConnectorFilter) {
  const description = f.description?.trim().toLowerCase()
  const tags = Object.entries(f.tags ?? {})
  return (
    // [SRC] names match case-insensitively as patterns (regex "i"), any of them.
    (!f.connectorNames?.length ||
      f.connectorNames.some((n) => c.name.toLowerCase().includes(n.toLowerCase()))) &&
    (!f.connectorIdentifiers?.length || f.connectorIdentifiers.includes(c.identifier)) &&
    (!description || (c.description ?? '').toLowerCase().includes(description)) &&
    // [INF] every given key must be on the connector; '' as the value matches any value.
    tags.every(
      ([key, value]) => c.tags != null && key in c.tags && (value === '' || c.tags[key] === value),
    ) &&
    (!f.types?.length || f.types.includes(c.type)) &&
    (!f.categories?.length || f.categories.includes(CATEGORY_BY_TYPE[c.type])) &&
    (!f.connectivityStatuses?.length || f.connectivityStatuses.includes(status)) &&
    (f.inheritingCredentialsFromDelegate == null ||
      f.inheritingCredentialsFromDelegate === inheritsFromDelegate(c)) &&
    (!f.connectorConnectivityModes?.length ||
      f.connectorConnectivityModes.includes(connectivityMode(c)))
  )
}

export const connectorHandlers = [
  http.post(gw('/ng/api/connectors/listV2'), async ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const filter = parseFilter(await readJson(request))
    if ('error' in filter) return filter.error
    const f = filter.data
    const q = url.searchParams
    const includeAll = q.get('includeAllConnectorsAvailableAtScope') === 'true'
    const term = q.get('searchTerm')?.trim().toLowerCase()
    const items = db().connectors.filter(
      ({ response: { connector: c, status } }) =>
        (includeAll ? visibleFrom(c, scope.scope) : atScope(c, scope.scope)) &&
        (!term || matchesSearchTerm(c, term)) &&
        matchesFilter(c, status?.status ?? 'UNKNOWN', f),
    )
    return dto(
      page(
        sortConnectors(items, q.getAll('sortOrders')).map((c) => c.response),
        url,
        50,
        100,
      ),
    )
  }),

  http.get(gw('/ng/api/connectors/catalogue'), () => {
    const catalogue = CONNECTOR_CATEGORIES.map((category) => ({
      category,
      connectors: (Object.keys(CATEGORY_BY_TYPE) as ConnectorType[]).filter(
        (t) => CATEGORY_BY_TYPE[t] === category,
      ),
    }))
    return dto({ catalogue })
  }),

  http.get(gw('/ng/api/connectors/stats'), ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const here = db().connectors.filter((c) => atScope(c.response.connector, scope.scope))
    const count = <K extends string>(key: (c: MockConnector) => K) => [
      ...here.reduce((m, c) => m.set(key(c), (m.get(key(c)) ?? 0) + 1), new Map<K, number>()),
    ]
    return dto({
      typeStats: count((c) => c.response.connector.type).map(([type, n]) => ({ type, count: n })),
      statusStats: count((c) => c.response.status?.status ?? 'UNKNOWN').map(([status, n]) => ({
        status,
        count: n,
      })),
    })
  }),

  http.get(gw('/ng/api/connectors/validateUniqueIdentifier'), ({ request }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const identifier = url.searchParams.get('identifier') ?? ''
    return dto(identifier !== 'harnessSecretManager' && !find(identifier, scope.scope))
  }),

  http.get(gw('/ng/api/connectors/:identifier'), ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const found = find(String(params.identifier), scope.scope)
    return found ? dto(found.response) : notFound(String(params.identifier), scope.scope)
  }),

  http.post(gw('/ng/api/connectors'), async ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const body = await parseBody(request, scope.scope)
    if ('error' in body) return body.error
    const { info } = body
    const owner = {
      accountId: scope.scope.accountId,
      orgId: info.orgIdentifier ?? undefined,
      projectId: info.projectIdentifier ?? undefined,
    }
    const ownerCheck = ngScope(
      new URL(
        `http://x/?accountIdentifier=${owner.accountId}&orgIdentifier=${owner.orgId ?? ''}&projectIdentifier=${owner.projectId ?? ''}`,
      ),
    )
    if ('error' in ownerCheck) return ownerCheck.error
    if (find(info.identifier, owner))
      return errorBody(
        400,
        'DUPLICATE_FIELD',
        `Connector [${info.identifier}] already exists at this scope.`,
      )
    const now = Date.now()
    const created: MockConnector = {
      history: [],
      response: {
        connector: info,
        createdAt: now,
        lastModifiedAt: now,
        harnessManaged: false,
        isFavorite: false,
        status: {
          status: 'UNKNOWN',
          testedAt: null,
          lastTestedAt: null,
          lastConnectedAt: null,
          errorSummary: null,
          errors: [],
        },
      },
    }
    update((d) => d.connectors.push(created))
    return dto(created.response)
  }),

  http.put(gw('/ng/api/connectors'), async ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const body = await parseBody(request, scope.scope)
    if ('error' in body) return body.error
    const owner = {
      accountId: scope.scope.accountId,
      orgId: body.info.orgIdentifier ?? undefined,
      projectId: body.info.projectIdentifier ?? undefined,
    }
    const existing = find(body.info.identifier, owner)
    if (!existing) return notFound(body.info.identifier, owner)
    if (existing.response.connector.type !== body.info.type)
      return failure('type: cannot be changed', [
        { fieldId: 'type', error: 'The connector type cannot be changed.' },
      ])
    update(() => {
      existing.response.connector = body.info
      existing.response.lastModifiedAt = Date.now()
    })
    return dto(existing.response)
  }),

  http.delete(gw('/ng/api/connectors/:identifier'), ({ request, params }) => {
    const url = new URL(request.url)
    const scope = ngScope(url)
    if ('error' in scope) return scope.error
    const found = find(String(params.identifier), scope.scope)
    if (!found) return notFound(String(params.identifier), scope.scope)
    const refused = refuseConnectorDelete(
      found.response.connector,
      url.searchParams.get('forceDelete'),
    )
    if (refused) return refused
    // A forced delete leaves the records of what refers to it: those entities still name it.
    update((d) => (d.connectors = d.connectors.filter((c) => c !== found)))
    return dto(true)
  }),

  http.post(gw('/ng/api/connectors/testConnection/:identifier'), async ({ request, params }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const found = find(String(params.identifier), scope.scope)
    if (!found) return notFound(String(params.identifier), scope.scope)
    const outcome = runConnectionTest(found.response.connector)
    if (!isTestRun()) await delay(outcome.durationMs)
    const { result } = outcome
    update(() => {
      const previous = found.response.status
      found.response.status = {
        status: result.status,
        errorSummary: result.errorSummary ?? null,
        errors: result.errors ?? [],
        testedAt: result.testedAt,
        lastTestedAt: result.testedAt,
        lastConnectedAt:
          result.status === 'SUCCESS' ? result.testedAt : (previous?.lastConnectedAt ?? null),
      }
      found.history = [
        ...found.history,
        {
          testedAt: result.testedAt ?? Date.now(),
          status: result.status ?? 'UNKNOWN',
          durationMs: outcome.durationMs,
          errorSummary: result.errorSummary ?? undefined,
        },
      ].slice(-HISTORY_LIMIT)
    })
    return dto(result)
  }),
]
