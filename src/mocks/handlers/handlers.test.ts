import { MOCK_ACCOUNT_ID } from '@/api/session'

import { resetDb } from '../db'
import { clearFaults, setFaults } from '../faults'

const base = 'http://localhost/gateway'
const acc = `accountIdentifier=${MOCK_ACCOUNT_ID}`
const json = async (r: Response) => (await r.json()) as Record<string, unknown>

beforeEach(() => resetDb('default'))
afterEach(() => clearFaults())

describe('mock Manager: delegate tokens', () => {
  it('creates a token (value returned once by create), and refuses a duplicate name with an NG Error 400', async () => {
    const created = await fetch(`${base}/ng/api/delegate-token-ng?${acc}&tokenName=new_token`, {
      method: 'POST',
    })
    expect(created.status).toBe(200)
    const body = await json(created)
    expect(body.resource).toMatchObject({
      name: 'new_token',
      status: 'ACTIVE',
      value: expect.any(String) as unknown,
    })
    const again = await fetch(`${base}/ng/api/delegate-token-ng?${acc}&tokenName=new_token`, {
      method: 'POST',
    })
    expect(again.status).toBe(400)
    expect(await json(again)).toMatchObject({
      status: 'ERROR',
      code: 'INVALID_REQUEST',
      message: 'Token with given name new_token already exists for given account.',
    })
  })

  it('keeps a revoked name reserved (purged only after 30 days)', async () => {
    const again = await fetch(
      `${base}/ng/api/delegate-token-ng?${acc}&tokenName=legacy_ecs_token`,
      { method: 'POST' },
    )
    expect(again.status).toBe(400)
  })

  it('revokes: the token turns REVOKED and its delegates stop', async () => {
    const revoked = await fetch(
      `${base}/ng/api/delegate-token-ng?${acc}&tokenName=eks_prod_token`,
      { method: 'PUT' },
    )
    expect((await json(revoked)).resource).toMatchObject({ status: 'REVOKED', value: null })
    const groups = await json(
      await fetch(
        `${base}/ng/api/delegate-token-ng/delegate-groups?${acc}&delegateTokenName=eks_prod_token`,
      ),
    )
    const details = (
      groups.resource as {
        delegateGroupDetails: { tokenActive: boolean; connectivityStatus: string }[]
      }
    ).delegateGroupDetails
    expect(details).toEqual([
      expect.objectContaining({ tokenActive: false, connectivityStatus: 'disconnected' }),
    ])
  })

  it('answers 400 Failure with a field error when accountIdentifier is missing', async () => {
    const response = await fetch(`${base}/ng/api/delegate-token-ng`)
    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({
      status: 'FAILURE',
      errors: [{ fieldId: 'accountIdentifier', error: 'must not be null' }],
    })
  })
})

describe('mock Manager: connectors', () => {
  it('answers a missing connector with HTTP 400 RESOURCE_NOT_FOUND_EXCEPTION, like the Manager', async () => {
    const response = await fetch(`${base}/ng/api/connectors/nope?${acc}`)
    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({
      status: 'FAILURE',
      code: 'RESOURCE_NOT_FOUND_EXCEPTION',
    })
  })

  it('requires the listV2 filter body and pages the result', async () => {
    const missing = await fetch(`${base}/ng/api/connectors/listV2?${acc}`, { method: 'POST' })
    expect(missing.status).toBe(400)
    const wrongType = await fetch(`${base}/ng/api/connectors/listV2?${acc}`, {
      method: 'POST',
      body: JSON.stringify({ filterType: 'Secret' }),
    })
    expect(wrongType.status).toBe(400)
    expect(await json(wrongType)).toMatchObject({ message: 'filterType: must be "Connector"' })
    const page = await json(
      await fetch(`${base}/ng/api/connectors/listV2?${acc}&pageSize=5`, {
        method: 'POST',
        body: JSON.stringify({ filterType: 'Connector', connectivityStatuses: ['FAILURE'] }),
      }),
    )
    const data = page.data as {
      content: { status: { status: string } }[]
      pageSize: number
      totalItems: number
    }
    expect(data.pageSize).toBe(5)
    expect(data.totalItems).toBeGreaterThan(0)
    expect(data.content.every((c) => c.status.status === 'FAILURE')).toBe(true)
  })

  it('tests by the documented rules: .invalid host, missing secret, no eligible delegate, else success', async () => {
    const test = async (id: string, query = acc) =>
      (
        await json(
          await fetch(`${base}/ng/api/connectors/testConnection/${id}?${query}`, {
            method: 'POST',
          }),
        )
      ).data as { status: string; errorSummary?: string }
    expect(await test('nexus_internal')).toMatchObject({
      status: 'FAILURE',
      errorSummary: expect.stringContaining('nexus.corp.invalid') as unknown,
    })
    expect(await test('datadog')).toMatchObject({
      status: 'FAILURE',
      errorSummary: expect.stringContaining('datadog_app_key_old') as unknown,
    })
    expect(await test('jenkins_ci')).toMatchObject({
      status: 'FAILURE',
      errorSummary: expect.stringContaining('No eligible delegate') as unknown,
    })
    expect(await test('github_acme')).toMatchObject({ status: 'SUCCESS' })
  })

  it('rejects a create with a bad identifier, field by field', async () => {
    const response = await fetch(`${base}/ng/api/connectors?${acc}`, {
      method: 'POST',
      body: JSON.stringify({
        connector: { name: 'x', identifier: '9bad', type: 'Github', spec: {} },
      }),
    })
    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({
      status: 'FAILURE',
      errors: expect.arrayContaining([
        expect.objectContaining({ fieldId: 'identifier' }),
      ]) as unknown,
    })
  })
})

describe('mock Manager: installers', () => {
  it('downloads a Kubernetes manifest as a text/plain file and refuses a revoked token', async () => {
    const ok = await fetch(`${base}/ng/api/download-delegates/kubernetes?${acc}`, {
      method: 'POST',
      body: JSON.stringify({ name: 'new-delegate', tokenName: 'eks_prod_token' }),
    })
    expect(ok.headers.get('Content-Disposition')).toContain('harness-delegate-kubernetes.yaml')
    expect(await ok.text()).toContain('kind: Deployment')
    const revoked = await fetch(`${base}/ng/api/download-delegates/kubernetes?${acc}`, {
      method: 'POST',
      body: JSON.stringify({ name: 'other', tokenName: 'legacy_ecs_token' }),
    })
    expect(revoked.status).toBe(400)
  })
})

describe('fault switch', () => {
  it('fails the chosen endpoint the chosen way, a set number of times, and leaves others alone', async () => {
    setFaults({ rules: [{ path: '/ng/api/organizations', kind: 'status', status: 503, times: 1 }] })
    expect((await fetch(`${base}/ng/api/organizations?${acc}`)).status).toBe(503)
    expect((await fetch(`${base}/ng/api/organizations?${acc}`)).status).toBe(200)
    setFaults({ rules: [{ path: '/ng/api/projects', kind: 'network' }] })
    await expect(fetch(`${base}/ng/api/projects?${acc}`)).rejects.toThrow()
    expect((await fetch(`${base}/ng/api/organizations?${acc}`)).status).toBe(200)
  })
})
