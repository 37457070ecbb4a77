import { deleteConnector } from '@harness-client/ng-manager-v2/src/services/hooks/useDeleteConnectorMutation.js'
import { getConnector } from '@harness-client/ng-manager-v2/src/services/hooks/useGetConnectorQuery.js'
import { getSettingValue } from '@harness-client/ng-manager-v2/src/services/hooks/useGetSettingValueQuery.js'
import { updateSettingValue } from '@harness-client/ng-manager-v2/src/services/hooks/useUpdateSettingValueMutation.js'
import type { EntitySetupUsage } from '@harness-client/ng-manager-v2/src/services/schemas/EntitySetupUsage'

import { resetDb } from '@/mocks/db'
import {
  account,
  call,
  driveMockWithHarnessClient,
  expectContract,
  ORIGIN,
} from '@/test/harness-client'

/**
 * Usage before delete, against the mock: where a connector is used (the entity setup usage list,
 * which Harness's client does not carry, so it is fetched as Harness's UI calls it), and the
 * Manager's rule that a referenced connector is deleted only with forceDelete, which the account
 * setting enable_force_delete must allow. Every body is checked against the client's types.
 */

driveMockWithHarnessClient()
beforeEach(() => resetDb('default'))

const acc = account.accountIdentifier
const project = { orgIdentifier: 'default', projectIdentifier: 'cd_platform' }

async function usages(query: Record<string, string>, path = 'entitySetupUsage/v2') {
  const params = new URLSearchParams({ accountIdentifier: acc, ...query })
  const res = await fetch(`${ORIGIN}/gateway/ng/api/${path}?${params}`, {
    headers: { 'x-api-key': 'pat.contract.test' },
  })
  return { status: res.status, body: (await res.json()) as unknown }
}
const byFqn = (fqn: string, extra: Record<string, string> = {}) =>
  usages({ referredEntityFQN: fqn, referredEntityType: 'Connectors', ...extra })
const content = (body: unknown) => (body as { data: { content: EntitySetupUsage[] } }).data.content
const referrers = (body: unknown) =>
  content(body).map((u) => `${u.referredByEntity.type}:${u.referredByEntity.entityRef?.identifier}`)

const remove = (identifier: string, q: Record<string, unknown> = {}) =>
  call(() => deleteConnector({ identifier, queryParams: { ...account, ...q } }))
const exists = async (identifier: string, q: Record<string, unknown> = {}) =>
  (await call(() => getConnector({ identifier, queryParams: { ...account, ...q } }))).status === 200
const setForceDelete = (value: boolean) =>
  call(() =>
    updateSettingValue({
      queryParams: account,
      body: [
        {
          identifier: 'enable_force_delete',
          value: String(value),
          updateType: 'UPDATE',
          allowOverrides: false,
        },
      ],
    }),
  )

describe('entity setup usage', () => {
  it('lists what refers to a connector by its FQN, as PageResponse<EntitySetupUsage>', async () => {
    const res = await byFqn(`${acc}/github_acme`)
    expect(res.status).toBe(200)
    expectContract('ResponseDtoPageResponseEntitySetupUsage', res.body)
    expect(referrers(res.body).sort()).toEqual([
      'Pipelines:build_checkout',
      'Pipelines:deploy_payments_api',
      'Service:checkout_api',
      'Template:go_build_stage',
    ])
    const first = content(res.body)[0]
    expect(first.referredEntity).toMatchObject({ type: 'Connectors', name: 'GitHub acme' })
    expect(first.referredByEntity.entityRef).toMatchObject({
      scope: 'project',
      accountIdentifier: acc,
    })
  })

  it('keys a project connector by account/org/project/identifier', async () => {
    const res = await byFqn(`${acc}/default/cd_platform/eks_prod`)
    expectContract('ResponseDtoPageResponseEntitySetupUsage', res.body)
    expect(referrers(res.body).sort()).toEqual([
      'Infrastructure:eks_prod_us_east_1',
      'Pipelines:deploy_to_production',
    ])
    const infra = content(res.body).find((u) => u.referredByEntity.type === 'Infrastructure')
    expect(infra?.detail).toMatchObject({ environmentName: 'Production' })
    // The account-level FQN is another connector: nothing refers to it.
    expect(content((await byFqn(`${acc}/eks_prod`)).body)).toEqual([])
  })

  it('counts the secrets stored in a secret manager', async () => {
    const res = await byFqn(`${acc}/vault_prod`)
    expectContract('ResponseDtoPageResponseEntitySetupUsage', res.body)
    expect(referrers(res.body)).toEqual(['Secrets:prod_db_password'])
  })

  it('answers an unused connector with an empty page, and honours search and paging', async () => {
    const none = await byFqn(`${acc}/datadog`)
    expectContract('ResponseDtoPageResponseEntitySetupUsage', none.body)
    expect(none.body).toMatchObject({ data: { totalItems: 0, empty: true, content: [] } })
    const search = await byFqn(`${acc}/github_acme`, { searchTerm: 'deploy' })
    expect(referrers(search.body)).toEqual(['Pipelines:deploy_payments_api'])
    const paged = await byFqn(`${acc}/github_acme`, { pageIndex: '1', pageSize: '3' })
    expect(paged.body).toMatchObject({ data: { totalItems: 4, totalPages: 2, pageItemCount: 1 } })
    const tooMany = await byFqn(`${acc}/github_acme`, { pageSize: '1001' })
    expect(tooMany.status).toBe(400)
    expectContract('Failure', tooMany.body)
  })

  it('gives the same records through the scope-and-identifier list', async () => {
    const plain = await usages(
      { ...project, identifier: 'eks_prod', referredEntityType: 'Connectors' },
      'entitySetupUsage',
    )
    expect(plain.status).toBe(200)
    expectContract('ResponseDtoPageResponseEntitySetupUsage', plain.body)
    const v2 = await byFqn(`${acc}/default/cd_platform/eks_prod`)
    expect(referrers(plain.body)).toEqual(referrers(v2.body))
  })
})

describe('delete and the references rule', () => {
  it('refuses a referenced connector: 400 ENTITY_REFERENCE_EXCEPTION, and keeps it', async () => {
    const res = await remove('github_acme')
    expect(res.status).toBe(400)
    expectContract('Error', res.body)
    expect(res.body).toMatchObject({
      status: 'ERROR',
      code: 'ENTITY_REFERENCE_EXCEPTION',
      message: 'Could not delete the connector github_acme as it is referenced by other entities',
    })
    expect(await exists('github_acme')).toBe(true)
    const secretManager = await remove('vault_prod')
    expect(secretManager.body).toMatchObject({ code: 'ENTITY_REFERENCE_EXCEPTION' })
  })

  it('force-deletes it when the account allows force delete; the references stay', async () => {
    const setting = await call(() =>
      getSettingValue({ identifier: 'enable_force_delete', queryParams: account }),
    )
    expectContract('ResponseDtoSettingValueResponseDto', setting.body)
    expect(setting.body).toMatchObject({ data: { value: 'true', valueType: 'Boolean' } })

    const res = await remove('eks_prod', { ...project, forceDelete: true })
    expect(res.status).toBe(200)
    expectContract('ResponseDtoBoolean', res.body)
    expect(res.body).toMatchObject({ status: 'SUCCESS', data: true })
    expect(await exists('eks_prod', project)).toBe(false)
    // The pipeline and the infrastructure still name it: their records are the Manager's to keep.
    const left = await byFqn(`${acc}/default/cd_platform/eks_prod`)
    expect(referrers(left.body)).toHaveLength(2)
  })

  it('refuses forceDelete while the account setting is off: 400 INVALID_REQUEST', async () => {
    const off = await setForceDelete(false)
    expect(off.status).toBe(200)
    expectContract('ResponseDtoListSettingUpdateResponseDto', off.body)
    expect(off.body).toMatchObject({
      data: [{ identifier: 'enable_force_delete', updateStatus: true }],
    })

    const res = await remove('github_acme', { forceDelete: true })
    expect(res.status).toBe(400)
    expectContract('Error', res.body)
    expect(res.body).toMatchObject({ status: 'ERROR', code: 'INVALID_REQUEST' })
    expect((res.body as { message: string }).message).toMatch(/Force Delete is not enabled/)
    expect(await exists('github_acme')).toBe(true)
  })

  it('deletes an unreferenced connector without force, with or without the setting', async () => {
    await setForceDelete(false)
    const res = await remove('datadog')
    expect(res.status).toBe(200)
    expectContract('ResponseDtoBoolean', res.body)
    expect(await exists('datadog')).toBe(false)
  })

  it('a new account starts with force delete off, as Harness ships it', async () => {
    resetDb('empty')
    const setting = await call(() =>
      getSettingValue({ identifier: 'enable_force_delete', queryParams: account }),
    )
    expect(setting.body).toMatchObject({ data: { value: 'false' } })
    const bad = await call(() =>
      updateSettingValue({
        queryParams: account,
        body: [
          {
            identifier: 'enable_force_delete',
            value: 'yes',
            updateType: 'UPDATE',
            allowOverrides: false,
          },
        ],
      }),
    )
    expect(bad.status).toBe(400)
    expectContract('Failure', bad.body)
  })
})
