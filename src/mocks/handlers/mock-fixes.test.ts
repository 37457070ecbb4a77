import type { ConnectorInfo } from '@/api/schemas/connector'
import { MOCK_ACCOUNT_ID } from '@/api/session'

import { createMockManagerHandler } from '../http-server'
import { db, resetDb, update, type MockConnector } from '../db'
import { clearFaults, setFaults } from '../faults'

const base = 'http://localhost/gateway'
const acc = `accountIdentifier=${MOCK_ACCOUNT_ID}`
const json = async (r: Response) => (await r.json()) as Record<string, unknown>

beforeEach(() => resetDb('default'))
afterEach(() => clearFaults())

/** A connector at account scope, with the status of its last test. */
const connector = (
  info: Partial<ConnectorInfo> & Pick<ConnectorInfo, 'identifier' | 'type'>,
  status: 'SUCCESS' | 'FAILURE' | 'UNKNOWN' = 'SUCCESS',
): MockConnector => ({
  history: [],
  response: {
    connector: { name: info.identifier, spec: {}, ...info },
    createdAt: 1,
    lastModifiedAt: 1,
    status: { status },
  },
})

/** Known connectors only, so each filter's answer can be checked exactly. */
function useFixtures() {
  update((d) => {
    d.connectors = [
      connector({
        identifier: 'gh_main',
        name: 'GitHub main',
        type: 'Github',
        description: 'Pipelines Repo access',
        tags: { team: 'platform', env: 'prod' },
        spec: { executeOnDelegate: false },
      }),
      connector(
        {
          identifier: 'aws_dev',
          name: 'AWS dev',
          type: 'Aws',
          tags: { env: 'dev' },
          spec: { credential: { type: 'InheritFromDelegate' }, executeOnDelegate: true },
        },
        'FAILURE',
      ),
      connector({
        identifier: 'k8s_edge',
        name: 'Edge cluster',
        type: 'K8sCluster',
        description: 'edge sites',
        tags: { team: 'edge' },
        spec: { credential: { type: 'ManualConfig' } },
      }),
      connector(
        {
          identifier: 'aws_sm',
          name: 'Secrets',
          type: 'AwsSecretManager',
          spec: { credential: { type: 'AssumeIAMRole' } },
        },
        'UNKNOWN',
      ),
      connector({
        identifier: 'gcp_sm',
        name: 'GCP secrets',
        type: 'GcpSecretManager',
        spec: { assumeCredentialsOnDelegate: false },
      }),
    ]
  })
}

async function list(filter: Record<string, unknown>, query = '') {
  const response = await fetch(`${base}/ng/api/connectors/listV2?${acc}${query}`, {
    method: 'POST',
    body: JSON.stringify({ filterType: 'Connector', ...filter }),
  })
  const body = await json(response)
  const data = body.data as { content: { connector: { identifier: string } }[] } | undefined
  return {
    status: response.status,
    body,
    ids: (data?.content ?? []).map((c) => c.connector.identifier).sort(),
  }
}

describe('mock Manager: listV2 honours every ConnectorFilterProperties field', () => {
  beforeEach(useFixtures)

  it('connectorNames: any of them, case-insensitive', async () => {
    expect((await list({ connectorNames: ['github main'] })).ids).toEqual(['gh_main'])
    expect((await list({ connectorNames: ['GitHub main', 'Edge cluster'] })).ids).toEqual([
      'gh_main',
      'k8s_edge',
    ])
  })

  it('connectorIdentifiers', async () => {
    expect((await list({ connectorIdentifiers: ['aws_dev', 'gcp_sm'] })).ids).toEqual([
      'aws_dev',
      'gcp_sm',
    ])
  })

  it('description: case-insensitive substring', async () => {
    expect((await list({ description: 'repo ACCESS' })).ids).toEqual(['gh_main'])
    expect((await list({ description: 'EDGE' })).ids).toEqual(['k8s_edge'])
  })

  it('tags: every key must match; an empty value matches any value', async () => {
    expect((await list({ tags: { env: 'prod' } })).ids).toEqual(['gh_main'])
    expect((await list({ tags: { env: '' } })).ids).toEqual(['aws_dev', 'gh_main'])
    expect((await list({ tags: { team: '', env: '' } })).ids).toEqual(['gh_main'])
    expect((await list({ tags: { team: 'platform', env: 'dev' } })).ids).toEqual([])
  })

  it('types and categories', async () => {
    expect((await list({ types: ['Aws', 'K8sCluster'] })).ids).toEqual(['aws_dev', 'k8s_edge'])
    expect((await list({ categories: ['SECRET_MANAGER'] })).ids).toEqual(['aws_sm', 'gcp_sm'])
    expect((await list({ categories: ['CODE_REPO'], types: ['Aws'] })).ids).toEqual([])
  })

  it('connectivityStatuses', async () => {
    expect((await list({ connectivityStatuses: ['FAILURE', 'UNKNOWN'] })).ids).toEqual([
      'aws_dev',
      'aws_sm',
    ])
  })

  it('inheritingCredentialsFromDelegate: true and false', async () => {
    expect((await list({ inheritingCredentialsFromDelegate: true })).ids).toEqual([
      'aws_dev',
      'aws_sm',
    ])
    expect((await list({ inheritingCredentialsFromDelegate: false })).ids).toEqual([
      'gcp_sm',
      'gh_main',
      'k8s_edge',
    ])
  })

  it('connectorConnectivityModes: DELEGATE unless executeOnDelegate is false', async () => {
    expect((await list({ connectorConnectivityModes: ['MANAGER'] })).ids).toEqual(['gh_main'])
    expect((await list({ connectorConnectivityModes: ['DELEGATE'] })).ids).toEqual([
      'aws_dev',
      'aws_sm',
      'gcp_sm',
      'k8s_edge',
    ])
    expect((await list({ connectorConnectivityModes: ['DELEGATE', 'MANAGER'] })).ids).toHaveLength(
      5,
    )
  })

  it('searchTerm: name, identifier, description, tag keys and values, but not the type', async () => {
    const search = async (term: string) => (await list({}, `&searchTerm=${term}`)).ids
    expect(await search('edge%20CLUSTER')).toEqual(['k8s_edge'])
    expect(await search('aws_')).toEqual(['aws_dev', 'aws_sm'])
    expect(await search('pipelines')).toEqual(['gh_main'])
    expect(await search('team')).toEqual(['gh_main', 'k8s_edge'])
    expect(await search('dev')).toEqual(['aws_dev'])
    expect(await search('K8sCluster')).toEqual([])
  })

  it('accepts a filter without filterType, as the client types it optional', async () => {
    const response = await fetch(`${base}/ng/api/connectors/listV2?${acc}`, {
      method: 'POST',
      body: JSON.stringify({ types: ['Github'] }),
    })
    expect(response.status).toBe(200)
  })

  it('names the field and value of an unknown category or type, not filterType', async () => {
    const category = await list({ categories: ['CODE_REPO', 'NOPE'] })
    expect(category.status).toBe(400)
    expect(category.body).toMatchObject({
      status: 'FAILURE',
      code: 'INVALID_REQUEST',
      errors: [{ fieldId: 'categories', error: expect.stringContaining('"NOPE"') as unknown }],
    })
    expect(category.body.message).toContain('categories')
    expect(category.body.message).toContain('NOPE')
    expect(category.body.message).not.toContain('filterType')
    const type = await list({ types: ['Githubb'] })
    expect(type.status).toBe(400)
    expect(type.body.message).toMatch(/^types: .*"Githubb"/)
    const mode = await list({ connectorConnectivityModes: ['CLOUD'] })
    expect(mode.body.message).toMatch(/^connectorConnectivityModes: .*"CLOUD"/)
  })
})

describe('mock Manager: revoking a delegate token', () => {
  const revoke = (name: string) =>
    fetch(`${base}/ng/api/delegate-token-ng?${acc}&tokenName=${name}`, { method: 'PUT' })

  it('changes only the status, keeps revokeAfter, and refuses a second revoke with an NG Error 400', async () => {
    const revokeAfter = Date.now() + 7 * 86_400_000
    await fetch(
      `${base}/ng/api/delegate-token-ng?${acc}&tokenName=short_lived&revokeAfter=${revokeAfter}`,
      { method: 'POST' },
    )
    const before = db().tokens.find((t) => t.name === 'short_lived')
    const first = await revoke('short_lived')
    expect(first.status).toBe(200)
    const resource = (await json(first)).resource as Record<string, unknown>
    expect(resource).toMatchObject({ status: 'REVOKED', revokeAfter, value: null })
    const after = db().tokens.find((t) => t.name === 'short_lived')
    expect(after).toEqual({ ...before, status: 'REVOKED' })

    const second = await revoke('short_lived')
    expect(second.status).toBe(400)
    expect(await json(second)).toMatchObject({
      status: 'ERROR',
      code: 'INVALID_REQUEST',
      message: 'Specified token is already revoked.',
      correlationId: expect.any(String) as unknown,
      responseMessages: [
        { code: 'INVALID_REQUEST', level: 'ERROR', message: 'Specified token is already revoked.' },
      ],
    })
    expect(db().tokens.find((t) => t.name === 'short_lived')).toEqual(after)
  })

  it('leaves a token without revokeAfter without one', async () => {
    const token = db().tokens.find((t) => t.status === 'ACTIVE' && !t.ownerIdentifier)
    expect(token).toBeDefined()
    const revokeAfter = token?.revokeAfter ?? null
    await revoke(token?.name ?? '')
    expect(db().tokens.find((t) => t.name === token?.name)?.revokeAfter ?? null).toBe(revokeAfter)
  })
})

interface DelegateListItem {
  name: string
  type: string
  tags: string[]
  connected: boolean
  lastHeartBeat: number
  legacy: boolean
  delegateReplicas: { uuid: string; hostName: string; connected: boolean; version: string }[]
  orgName?: string
  projectName?: string
}

describe('mock Manager: POST /ng/api/delegate-setup/listDelegates', () => {
  const listDelegates = async (body: unknown, query = acc) => {
    const response = await fetch(`${base}/ng/api/delegate-setup/listDelegates?${query}`, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const payload = await json(response)
    return {
      status: response.status,
      payload,
      items: (payload.resource ?? []) as DelegateListItem[],
    }
  }
  const groups = (orgId?: string, projectId?: string) =>
    db().delegateGroups.filter(
      (g) => g.orgId === orgId && g.projectId === projectId && g.firstHeartbeatAt <= Date.now(),
    )

  it('lists the groups at the requested scope in a RestResponse of DelegateListResponse', async () => {
    const { status, payload, items } = await listDelegates({ filterType: 'Delegate' })
    expect(status).toBe(200)
    expect(payload).toMatchObject({ metaData: {}, responseMessages: [] })
    expect(items.map((d) => d.name).sort()).toEqual(
      groups()
        .map((g) => g.name)
        .sort(),
    )
    const first = groups()[0]
    const item = items.find((d) => d.name === first.name)
    expect(item).toMatchObject({
      type: first.type,
      legacy: false,
      tags: expect.arrayContaining([first.name, ...first.tags]) as unknown,
    })
    expect(item?.delegateReplicas.map((r) => r.hostName).sort()).toEqual(
      first.instances.map((i) => i.hostName).sort(),
    )
    // Connected groups come first.
    const connected = items.map((d) => d.connected)
    expect(connected).toEqual([...connected].sort((a, b) => Number(b) - Number(a)))
  })

  it('answers at org and project scope, with their names, and all=true adds the parents', async () => {
    const project = db().projects[0].project
    const org = db().organizations.find((o) => o.organization.identifier === project.orgIdentifier)
    update((d) =>
      d.delegateGroups.push({
        identifier: 'proj_delegate',
        name: 'proj-delegate',
        type: 'DOCKER',
        tags: ['proj'],
        orgId: project.orgIdentifier ?? undefined,
        projectId: project.identifier,
        tokenName: 'default_token',
        version: '1.0.0',
        instances: [{ uuid: 'proj-1', hostName: 'proj-host', version: '1.0.0', heartbeat: 'live' }],
        firstHeartbeatAt: 0,
      }),
    )
    const query = `${acc}&orgIdentifier=${project.orgIdentifier ?? ''}&projectIdentifier=${project.identifier}`
    const { items } = await listDelegates({ filterType: 'Delegate' }, query)
    expect(items.map((d) => d.name)).toEqual(['proj-delegate'])
    expect(items[0]).toMatchObject({
      type: 'DOCKER',
      tags: ['proj-delegate', 'proj'],
      orgName: org?.organization.name,
      projectName: project.name,
      delegateReplicas: [{ uuid: 'proj-1', hostName: 'proj-host', version: '1.0.0' }],
    })
    const withParents = await listDelegates({ filterType: 'Delegate' }, `${query}&all=true`)
    expect(withParents.items.map((d) => d.name).sort()).toEqual(
      [...groups().map((g) => g.name), 'proj-delegate'].sort(),
    )
  })

  it('honours the name, type, group identifier, tag, host and status filters', async () => {
    const all = groups()
    const group = all.find((g) => g.tags.length > 0) ?? all[0]
    const names = async (filter: Record<string, unknown>) =>
      (await listDelegates({ filterType: 'Delegate', ...filter })).items.map((d) => d.name).sort()

    expect(await names({ delegateName: group.name })).toContain(group.name)
    expect(await names({ delegateName: 'no-such-delegate' })).toEqual([])
    expect(await names({ delegateGroupIdentifier: group.identifier })).toContain(group.name)
    expect(await names({ delegateType: group.type })).toEqual(
      all
        .filter((g) => g.type.includes(group.type))
        .map((g) => g.name)
        .sort(),
    )
    if (group.tags.length)
      expect(await names({ delegateTags: group.tags })).toEqual(
        all
          .filter((g) => group.tags.every((t) => g.tags.includes(t)))
          .map((g) => g.name)
          .sort(),
      )
    expect(await names({ delegateTags: ['no-such-tag'] })).toEqual([])

    const host = group.instances[0].hostName
    const byHost = (await listDelegates({ filterType: 'Delegate', hostName: host })).items.find(
      (d) => d.name === group.name,
    )
    expect(byHost?.delegateReplicas.map((r) => r.hostName)).toEqual([host])

    const connected = await listDelegates({ filterType: 'Delegate', status: 'CONNECTED' })
    expect(connected.items.every((d) => d.delegateReplicas.every((r) => r.connected))).toBe(true)
    const disconnected = await listDelegates({ filterType: 'Delegate', status: 'DISCONNECTED' })
    expect(disconnected.items.every((d) => d.delegateReplicas.every((r) => !r.connected))).toBe(
      true,
    )
    expect(connected.items.length + disconnected.items.length).toBeGreaterThanOrEqual(all.length)
    expect((await listDelegates({ delegateInstanceFilter: 'EXPIRED' })).items).toEqual([])
  })

  it('refuses a wrong filterType or status with a Failure 400 naming the field', async () => {
    const wrong = await listDelegates({ filterType: 'Connector' })
    expect(wrong.status).toBe(400)
    expect(wrong.payload).toMatchObject({
      status: 'FAILURE',
      message: 'filterType: must be "Delegate"',
    })
    const status = await listDelegates({ filterType: 'Delegate', status: 'ONLINE' })
    expect(status.status).toBe(400)
    expect(status.payload.message).toContain('"ONLINE"')
  })

  it('needs accountIdentifier, like every NG endpoint', async () => {
    expect((await listDelegates({ filterType: 'Delegate' }, '')).status).toBe(400)
  })
})

describe('mock Manager: every error body carries a correlationId', () => {
  it('an unmatched /gateway route answers 400 RESOURCE_NOT_FOUND_EXCEPTION with one', async () => {
    const response = await fetch(`${base}/ng/api/no-such-endpoint?${acc}`, { method: 'POST' })
    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({
      status: 'FAILURE',
      code: 'RESOURCE_NOT_FOUND_EXCEPTION',
      message: 'No route /gateway/ng/api/no-such-endpoint',
      correlationId: expect.stringMatching(/^mock-/) as unknown,
    })
  })

  it('so does the HTTP stand-in, for its own 401, 403 and unknown paths', async () => {
    const { handle } = createMockManagerHandler()
    const call = async (path: string, apiKey?: string) =>
      json(
        await handle(
          new Request(`http://127.0.0.1${path}`, {
            headers: apiKey ? { 'x-api-key': apiKey } : {},
          }),
        ),
      )
    const withId = { correlationId: expect.stringMatching(/^mock-/) as unknown }
    expect(await call('/gateway/ng/api/organizations')).toMatchObject({
      code: 'INVALID_TOKEN',
      ...withId,
    })
    expect(await call('/gateway/ng/api/organizations', 'pat.noperm.x')).toMatchObject({
      code: 'NG_ACCESS_DENIED',
      ...withId,
    })
    expect(await call('/elsewhere', 'pat.acc.x')).toMatchObject({
      code: 'RESOURCE_NOT_FOUND_EXCEPTION',
      ...withId,
    })
    expect(await call('/gateway/ng/api/nothing-here', 'pat.acc.x')).toMatchObject({
      code: 'RESOURCE_NOT_FOUND_EXCEPTION',
      ...withId,
    })
  })

  it('and so do the fault switch’s Failure bodies, each its own', async () => {
    setFaults({
      rules: [
        {
          path: '/ng/api/organizations',
          kind: 'status',
          status: 400,
          fieldErrors: [{ fieldId: 'x', error: 'bad' }],
        },
      ],
    })
    const a = await json(await fetch(`${base}/ng/api/organizations?${acc}`))
    const b = await json(await fetch(`${base}/ng/api/organizations?${acc}`))
    expect(a).toMatchObject({ status: 'FAILURE', message: 'x: bad' })
    expect(a.correlationId).toMatch(/^mock-/)
    expect(a.correlationId).not.toBe(b.correlationId)
  })
})
