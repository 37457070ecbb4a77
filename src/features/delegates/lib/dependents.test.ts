import type { ConnectorResponse } from '@/api/schemas/connector'
import type { DelegateGroup } from '@/api/schemas/delegate'

import { dependentsOf, groupKey, tagEditPreview, type ScopeConnectors } from './dependents'

const account = { accountId: 'acc' }
const project = { accountId: 'acc', orgId: 'default', projectId: 'web' }

const group = (name: string, tags: string[], connected = true): DelegateGroup => ({
  delegateGroupIdentifier: name,
  groupName: name,
  groupImplicitSelectors: { [name]: 'GROUP_NAME' },
  groupCustomSelectors: tags,
  connectivityStatus: connected ? 'connected' : 'disconnected',
})

const connector = (identifier: string, spec: Record<string, unknown>): ConnectorResponse =>
  ({ connector: { identifier, name: identifier.toUpperCase(), type: 'Github', spec } }) as never

const prod = group('prod', ['aws', 'eks'])
const build = group('build', ['ci', 'aws'], false)
const target = groupKey(account, 'prod')

const scopes: ScopeConnectors[] = [
  {
    scope: account,
    where: '',
    groups: [
      { group: prod, key: target },
      { group: build, key: groupKey(account, 'build') },
    ],
    connectors: [
      connector('eks_only', { delegateSelectors: ['eks'] }),
      connector('aws_any', { delegateSelectors: ['aws'] }),
      connector('anything', {}),
      connector('platform', { delegateSelectors: ['eks'], executeOnDelegate: false }),
      connector('ci_only', { delegateSelectors: ['ci'] }),
    ],
  },
  {
    scope: project,
    where: 'Default / Web',
    // A project's connectors see the project's groups and the parents'.
    groups: [
      { group: prod, key: target },
      { group: group('prod', ['web']), key: groupKey(project, 'prod') },
    ],
    connectors: [connector('web_prod', { delegateSelectors: ['prod'] })],
  },
]

describe('dependentsOf', () => {
  it('splits connectors into those only this group serves and those with another group', () => {
    const { only, fallback } = dependentsOf(target, scopes)
    expect(only.map((d) => d.identifier)).toEqual(['eks_only'])
    expect(fallback.map((d) => d.identifier)).toEqual(['aws_any', 'anything', 'web_prod'])
    // The other group is named, with whether it can take the work now.
    expect(fallback[0]?.others).toEqual([{ name: 'build', connected: false }])
    // A project group of the same name is another group, not this one.
    expect(fallback[2]).toMatchObject({ where: 'Default / Web', others: [{ name: 'prod' }] })
  })

  it('leaves out connectors run from the platform and those whose selectors it lacks', () => {
    const all = dependentsOf(target, scopes)
    const ids = [...all.only, ...all.fallback].map((d) => d.identifier)
    expect(ids).not.toContain('platform')
    expect(ids).not.toContain('ci_only')
  })
})

describe('tagEditPreview', () => {
  it('names the connectors a tag edit adds, drops and strands', () => {
    const preview = tagEditPreview(target, scopes, ['prod', 'aws', 'ci'])
    expect(preview.gained.map((d) => d.identifier)).toEqual(['ci_only'])
    expect(preview.lost.map((d) => d.identifier)).toEqual(['eks_only'])
    expect(preview.stranded.map((d) => d.identifier)).toEqual(['eks_only'])
  })
})
