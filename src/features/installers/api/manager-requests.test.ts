import { contractProblems } from '@/api/contract/validate'

import { makeConfig } from '../lib/testing/fixtures'
import { managerCall, optionsManagerIgnores } from './manager-requests'

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

describe('optionsManagerIgnores', () => {
  it('names nothing when the choices are what the Manager does', () => {
    expect(
      optionsManagerIgnores(
        'docker',
        makeConfig({ stackDriverLogging: true }),
        '25.10.86800',
        'prod1',
      ),
    ).toEqual([])
    // Prod2 shares Prod1's endpoint.
    expect(
      optionsManagerIgnores(
        'kubernetes',
        makeConfig({ cluster: 'prod2', stackDriverLogging: true }),
        '',
        'prod1',
      ),
    ).toEqual([])
  })

  it("names another cluster's endpoint and a compose size, which the Manager decides", () => {
    const config = makeConfig({ cluster: 'prod3', size: 'LARGE', stackDriverLogging: true })
    expect(optionsManagerIgnores('docker', config, '25.10.86800', 'prod1')).toEqual([
      'the Prod3 endpoint (app3.harness.io)',
      'size Large (8 CPU, 16 GiB)',
    ])
    // The Kubernetes and Helm bodies carry the size.
    expect(optionsManagerIgnores('kubernetes', config, '25.10.86800', 'prod1')).toEqual([
      'the Prod3 endpoint (app3.harness.io)',
    ])
  })
})
