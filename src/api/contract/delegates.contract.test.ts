import { addTagsToDelegateGroup } from '@harness-client/ng-manager-v2/src/services/hooks/useAddTagsToDelegateGroupMutation.js'
import { deleteDelegate } from '@harness-client/ng-manager-v2/src/services/hooks/useDeleteDelegateMutation.js'
import { deleteTagsFromDelegateGroup } from '@harness-client/ng-manager-v2/src/services/hooks/useDeleteTagsFromDelegateGroupMutation.js'
import { listOverrideDelegateImageTag } from '@harness-client/ng-manager-v2/src/services/hooks/useListOverrideDelegateImageTagQuery.js'
import { listTagsForDelegateGroup } from '@harness-client/ng-manager-v2/src/services/hooks/useListTagsForDelegateGroupQuery.js'
import { overrideDelegateImageTag } from '@harness-client/ng-manager-v2/src/services/hooks/useOverrideDelegateImageTagMutation.js'
import { overrideDelegateImageTag_1 } from '@harness-client/ng-manager-v2/src/services/hooks/useOverrideDelegateImageTag_1Mutation.js'
import { publishedDelegateVersion } from '@harness-client/ng-manager-v2/src/services/hooks/usePublishedDelegateVersionQuery.js'
import { updateTagsOfDelegateGroup } from '@harness-client/ng-manager-v2/src/services/hooks/useUpdateTagsOfDelegateGroupMutation.js'
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

describe('managing a delegate group', () => {
  // Java's List<String> query params: `tags=a&tags=b` (qs would send `tags[0]=a` by default).
  const repeat = { stringifyQueryParamsOptions: { arrayFormat: 'repeat' as const } }

  it('tags: list, replace, add, bad tags, delete, unknown group', async () => {
    const listed = await call(() =>
      listTagsForDelegateGroup({ groupIdentifier: 'helm_staging', queryParams: account }),
    )
    expect(listed.status).toBe(200)
    expectContract('RestResponseDelegateGroupDto', listed.body)
    expect(listed.body.resource).toMatchObject({ identifier: 'helm_staging', tags: ['staging'] })

    const body = { tags: ['staging', ' eu-west '] }
    expectContract('DelegateGroupTags', body)
    const replaced = await call(() =>
      updateTagsOfDelegateGroup({ groupIdentifier: 'helm_staging', queryParams: account, body }),
    )
    expect(replaced.status).toBe(200)
    expectContract('RestResponseDelegateGroupDto', replaced.body)
    expect(replaced.body.resource?.tags).toEqual(['staging', 'eu-west'])

    const added = await call(() =>
      addTagsToDelegateGroup({
        groupIdentifier: 'helm_staging',
        queryParams: account,
        body: { tags: ['gpu', 'staging'] },
      }),
    )
    expect(added.body.resource?.tags).toEqual(['staging', 'eu-west', 'gpu'])

    const bad = await call(() =>
      updateTagsOfDelegateGroup({
        groupIdentifier: 'helm_staging',
        queryParams: account,
        body: { tags: ['  '] },
      }),
    )
    expect(bad.status).toBe(400)
    expectContract('Failure', bad.body)
    expect(JSON.stringify(bad.body)).toContain('"fieldId":"tags"')

    const cleared = await call(() =>
      deleteTagsFromDelegateGroup({ groupIdentifier: 'helm_staging', queryParams: account }),
    )
    expect(cleared.status).toBe(200)
    expect(cleared.body.resource?.tags).toEqual([])

    const missing = await call(() =>
      listTagsForDelegateGroup({ groupIdentifier: 'nope', queryParams: account }),
    )
    expect(missing.status).toBe(400)
    expectContract('Error', missing.body)
    // A group belongs to one scope: the account's group is not found from a project.
    const elsewhere = await call(() =>
      listTagsForDelegateGroup({
        groupIdentifier: 'helm_staging',
        queryParams: { ...account, orgIdentifier: 'default', projectIdentifier: 'cd_platform' },
      }),
    )
    expect(elsewhere.status).toBe(400)
  })

  it('image overrides: list the seeded pin, pin a group, replace, unpin, unpin again', async () => {
    const published = await call(() => publishedDelegateVersion({ queryParams: account }))
    expect(published.status).toBe(200)
    expectContract('RestResponseSupportedDelegateVersion', published.body)
    const latest = published.body.resource?.latestSupportedVersion ?? ''
    expect(latest).toMatch(/^\d{2}\.\d{2}\.\d+$/)

    const before = await call(() => listOverrideDelegateImageTag({ queryParams: account }))
    expect(before.status).toBe(200)
    expectContract('RestResponseVersionOverridesResponse', before.body)
    expect(before.body.resource?.versionOverrides).toEqual([
      expect.objectContaining({ tags: ['k8s-prod-east'], version: `harness/delegate:${latest}` }),
    ])

    const pin = (delegateTag: string, validForDays?: number) =>
      call(() =>
        overrideDelegateImageTag_1({
          queryParams: { ...account, tags: ['helm-staging'], delegateTag, validForDays },
          ...repeat,
        }),
      )
    const pinned = await pin(`harness/delegate:${latest}`, 30)
    expect(pinned.status).toBe(200)
    expectContract('RestResponseString', pinned.body)
    const again = await pin(`harness/delegate:${latest}`, 7)
    expect(again.status).toBe(200)
    const after = await call(() => listOverrideDelegateImageTag({ queryParams: account }))
    const helm = after.body.resource?.versionOverrides?.filter(
      (o) => o.tags?.[0] === 'helm-staging',
    )
    expect(helm).toHaveLength(1)
    const until = Date.parse(helm?.[0]?.validUntil ?? '')
    expect(until - Date.now()).toBeGreaterThan(6 * 86_400_000)
    expect(until - Date.now()).toBeLessThanOrEqual(7 * 86_400_000)

    const noTag = await pin('latest-please')
    expect(noTag.status).toBe(400)
    expectContract('Failure', noTag.body)

    const unpin = () =>
      call(() =>
        overrideDelegateImageTag({
          queryParams: { ...account, tags: ['helm-staging'] },
          ...repeat,
        }),
      )
    expect((await unpin()).status).toBe(200)
    const twice = await unpin()
    expect(twice.status).toBe(400)
    expectContract('Error', twice.body)
  })

  it('delete: the group leaves the listing; deleting it again is an error', async () => {
    const removed = await call(() =>
      deleteDelegate({ delegateIdentifier: 'docker_build_01', queryParams: account }),
    )
    expect(removed.status).toBe(200)
    expectContract('RestResponseDelegateDeleteResponse', removed.body)
    const list = await call(() =>
      listDelegates({ queryParams: account, body: { filterType: 'Delegate' } }),
    )
    expect(JSON.stringify(list.body)).not.toContain('docker-build-01')
    const again = await call(() =>
      deleteDelegate({ delegateIdentifier: 'docker_build_01', queryParams: account }),
    )
    expect(again.status).toBe(400)
    expectContract('Error', again.body)
  })

  it('the listing reports expiry and auto-upgrade as the seeded states say', async () => {
    const res = await call(() =>
      listDelegates({ queryParams: account, body: { filterType: 'Delegate' } }),
    )
    const groups = (
      res.body as {
        resource: {
          name: string
          autoUpgrade?: string
          delegateReplicas?: { expiringAt?: number }[]
        }[]
      }
    ).resource
    const byName = Object.fromEntries(groups.map((g) => [g.name, g]))
    expect(byName['docker-build-01']?.autoUpgrade).toBe('OFF')
    expect(byName['k8s-prod-east']?.autoUpgrade).toBe('ON')
    const ecsExpiry = byName['ecs-legacy']?.delegateReplicas?.[0]?.expiringAt ?? 0
    // The old ECS image leaves its support window in about two weeks.
    expect(ecsExpiry - Date.now()).toBeGreaterThan(10 * 86_400_000)
    expect(ecsExpiry - Date.now()).toBeLessThan(20 * 86_400_000)
    const expired = await call(() =>
      listDelegates({
        queryParams: account,
        body: { filterType: 'Delegate', delegateInstanceFilter: 'EXPIRED' },
      }),
    )
    expect((expired.body as { resource: unknown[] }).resource).toEqual([])
  })
})
