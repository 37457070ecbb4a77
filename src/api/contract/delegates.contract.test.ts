import { createDelegateToken } from '@harness-client/ng-manager-v2/src/services/hooks/useCreateDelegateTokenMutation.js'
import { downloadDockerDelegateYaml } from '@harness-client/ng-manager-v2/src/services/hooks/useDownloadDockerDelegateYamlMutation.js'
import { downloadKubernetesDelegateYaml } from '@harness-client/ng-manager-v2/src/services/hooks/useDownloadKubernetesDelegateYamlMutation.js'
import { generateNgHelmValuesYaml } from '@harness-client/ng-manager-v2/src/services/hooks/useGenerateNgHelmValuesYamlMutation.js'
import { getCgDelegateTokens } from '@harness-client/ng-manager-v2/src/services/hooks/useGetCgDelegateTokensQuery.js'
import { getDelegateGroupsUsingToken } from '@harness-client/ng-manager-v2/src/services/hooks/useGetDelegateGroupsUsingTokenQuery.js'
import { getAccountNg } from '@harness-client/ng-manager-v2/src/services/hooks/useGetAccountNgQuery.js'
import { getCurrentUserInfo } from '@harness-client/ng-manager-v2/src/services/hooks/useGetCurrentUserInfoQuery.js'
import { getOrganizationList } from '@harness-client/ng-manager-v2/src/services/hooks/useGetOrganizationListQuery.js'
import { getProjectList } from '@harness-client/ng-manager-v2/src/services/hooks/useGetProjectListQuery.js'
import { listDelegates } from '@harness-client/ng-manager-v2/src/services/hooks/useListDelegatesMutation.js'
import { revokeCgDelegateToken } from '@harness-client/ng-manager-v2/src/services/hooks/useRevokeCgDelegateTokenMutation.js'
import { parse, parseAllDocuments } from 'yaml'

import { resetDb } from '@/mocks/db'

import {
  account,
  call,
  expectContract,
  ORIGIN,
  driveMockWithHarnessClient,
} from '@/test/harness-client'

/**
 * Scope, delegate token, installer and delegate workflows, driven by Harness's own client against
 * the mock; each answer checked for status, envelope and the client's declared type.
 */

driveMockWithHarnessClient()
beforeEach(() => resetDb('default'))

describe('organizations and projects', () => {
  it('lists both as their types', async () => {
    const orgs = await call(() => getOrganizationList({ queryParams: account }))
    expect(orgs.status).toBe(200)
    expectContract('ResponseDtoPageResponseOrganizationResponse', orgs.body)
    const projects = await call(() =>
      getProjectList({ queryParams: { ...account, orgIdentifier: 'default' } }),
    )
    expect(projects.status).toBe(200)
    expectContract('ResponseDtoPageResponseProjectResponse', projects.body)
  })
})

describe("the account and the key's user", () => {
  it('reads both as their types; another account is refused', async () => {
    const acct = await call(() => getAccountNg({ accountIdentifier: account.accountIdentifier }))
    expect(acct.status).toBe(200)
    expectContract('ResponseDtoAccount', acct.body)
    expect(acct.body.data).toMatchObject({ name: 'Acme Corp', cluster: 'Prod1' })
    const user = await call(() => getCurrentUserInfo({ queryParams: account }))
    expect(user.status).toBe(200)
    expectContract('ResponseDtoUserInfo', user.body)
    expect(user.body.data?.email).toContain('@')
    const other = await call(() => getAccountNg({ accountIdentifier: 'someone_else' }))
    expect(other.status).toBe(401)
  })
})

describe('delegate tokens', () => {
  const q = (tokenName: string) => ({ ...account, tokenName })

  it('list, create, duplicate, revoke, revoke again, groups using a token', async () => {
    const listed = await call(() => getCgDelegateTokens({ queryParams: account }))
    expect(listed.status).toBe(200)
    expectContract('RestResponseListDelegateTokenDetails', listed.body)

    const created = await call(() => createDelegateToken({ queryParams: q('contract_token') }))
    expect(created.status).toBe(200)
    expectContract('RestResponseDelegateTokenDetails', created.body)
    const token = (created.body as { resource: { revokeAfter?: number; value?: string } }).resource
    expect(token.value).toEqual(expect.any(String))

    const duplicate = await call(() => createDelegateToken({ queryParams: q('contract_token') }))
    expect(duplicate.status).toBe(400)
    expectContract('Error', duplicate.body)

    const revoked = await call(() => revokeCgDelegateToken({ queryParams: q('contract_token') }))
    expect(revoked.status).toBe(200)
    expectContract('RestResponseDelegateTokenDetails', revoked.body)
    const after = (revoked.body as { resource: { status: string; revokeAfter?: number } }).resource
    expect(after.status).toBe('REVOKED')
    expect(after.revokeAfter).toEqual(token.revokeAfter)

    const again = await call(() => revokeCgDelegateToken({ queryParams: q('contract_token') }))
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('Specified token is already revoked.')

    const groups = await call(() =>
      getDelegateGroupsUsingToken({
        queryParams: { ...account, delegateTokenName: 'eks_prod_token' },
      }),
    )
    expect(groups.status).toBe(200)
    expectContract('RestResponseDelegateGroupListing', groups.body)
  })
})

describe('installer downloads', () => {
  it('Kubernetes manifest and docker-compose: YAML files', async () => {
    for (const [kind, download] of [
      ['k8s', downloadKubernetesDelegateYaml],
      ['docker', downloadDockerDelegateYaml],
    ] as const) {
      const request = {
        name: `contract-${kind}`,
        tokenName: 'eks_prod_token',
        size: 'SMALL' as const,
      }
      expectContract('DelegateDownloadRequest', request)
      const res = await call(() => download({ queryParams: account, body: request }))
      expect(res.status).toBe(200)
      expect(typeof res.body).toBe('string')
      const docs = parseAllDocuments(res.body as string)
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.flatMap((d) => d.errors)).toEqual([])
    }
  })

  it('Helm values: a YAML file', async () => {
    const details = {
      name: 'contract-delegate',
      tokenName: 'eks_prod_token',
      delegateType: 'HELM_DELEGATE',
    }
    expectContract('DelegateSetupDetails', details)
    const res = await call(() => generateNgHelmValuesYaml({ queryParams: account, body: details }))
    expect(res.status).toBe(200)
    expect(parse(res.body as string)).toEqual(expect.objectContaining({}))
  })
})

describe('delegate listings', () => {
  it('delegate-setup/listDelegates as RestResponse<List<DelegateListResponse>>', async () => {
    const res = await call(() =>
      listDelegates({ queryParams: account, body: { filterType: 'Delegate' } }),
    )
    expect(res.status).toBe(200)
    expectContract('RestResponseListDelegateListResponse', res.body)
    expect((res.body as { resource: unknown[] }).resource.length).toBeGreaterThan(0)
  })

  it('setup/delegates/ng/v2 as RestResponse<DelegateGroupListing>', async () => {
    // Not in the ng-manager client (it is the portal's API); called as the console calls it.
    const res = await fetch(
      `${ORIGIN}/gateway/api/setup/delegates/ng/v2?accountId=${account.accountIdentifier}`,
      {
        method: 'POST',
        headers: { 'x-api-key': 'pat.contract.test', 'content-type': 'application/json' },
        body: JSON.stringify({ filterType: 'Delegate' }),
      },
    )
    expect(res.status).toBe(200)
    expectContract('RestResponseDelegateGroupListing', await res.json())
  })
})
