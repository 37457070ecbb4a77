import { contractProblems } from '@/api/contract/validate'

import { makeConfig } from '../lib/testing/fixtures'
import { managerCall } from './manager-requests'

/** The installer bodies the console sends are exactly the Manager's types (Harness's client). */
describe('managerCall bodies satisfy the API types', () => {
  const scopes = [
    { accountId: 'acc' },
    { accountId: 'acc', orgId: 'default' },
    { accountId: 'acc', orgId: 'default', projectId: 'cd_platform' },
  ]
  const configs = [
    makeConfig(),
    makeConfig({ tags: [], size: 'LARGE', permission: 'NAMESPACE_ADMIN', namespace: 'team-a' }),
  ]

  it.each([
    ['kubernetes', 'DelegateDownloadRequest'],
    ['docker', 'DelegateDownloadRequest'],
    ['helm', 'DelegateSetupDetails'],
  ] as const)('%s sends a %s', (kind, type) => {
    for (const scope of scopes)
      for (const config of configs) {
        const call = managerCall(kind, config, scope)!
        // undefined fields are not sent (JSON.stringify drops them)
        expect(contractProblems(type, JSON.parse(JSON.stringify(call.body)))).toEqual([])
      }
  })
})
