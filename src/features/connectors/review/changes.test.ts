import type { ConnectorInfo } from '@/api/schemas/connector'

import { fieldChanges, mergeEdits, pathLabel, sameConnector, yamlDiff } from './changes'

const base: ConnectorInfo = {
  name: 'GitHub',
  identifier: 'github',
  accountIdentifier: 'acct',
  orgIdentifier: 'default',
  projectIdentifier: null,
  description: 'Org repos',
  tags: { team: 'platform', 'cost.center': '42' },
  type: 'Github',
  spec: {
    url: 'https://github.com/acme',
    type: 'Account',
    authentication: { type: 'Http', spec: { type: 'UsernameToken', spec: { tokenRef: 'gh_pat' } } },
    delegateSelectors: ['east'],
    executeOnDelegate: true,
  },
}
const edit = (f: (c: ConnectorInfo) => void) => {
  const copy = structuredClone(base)
  f(copy)
  return copy
}

describe('fieldChanges', () => {
  it('lists each changed, added and removed leaf with its path', () => {
    const after = edit((c) => {
      c.spec.url = 'https://github.com/acme-corp'
      c.tags = { team: 'platform', owner: 'me' }
      delete c.description
    })
    expect(fieldChanges(base, after)).toEqual([
      { path: ['tags', 'owner'], kind: 'added', after: 'me' },
      {
        path: ['spec', 'url'],
        kind: 'changed',
        before: 'https://github.com/acme',
        after: 'https://github.com/acme-corp',
      },
      { path: ['description'], kind: 'removed', before: 'Org repos' },
      { path: ['tags', 'cost.center'], kind: 'removed', before: '42' },
    ])
  })

  it('treats null as absent and an array as one value', () => {
    const after = edit((c) => {
      c.description = null
      ;(c.spec as { delegateSelectors: string[] }).delegateSelectors = ['east', 'west']
    })
    expect(
      fieldChanges(
        edit((c) => delete c.description),
        after,
      ),
    ).toEqual([
      {
        path: ['spec', 'delegateSelectors'],
        kind: 'changed',
        before: ['east'],
        after: ['east', 'west'],
      },
    ])
  })

  it('lists every field as added for a new connector, without the account', () => {
    const changes = fieldChanges(null, base)
    expect(changes.every((c) => c.kind === 'added')).toBe(true)
    expect(changes.map((c) => pathLabel(c.path))).toContain(
      'spec.authentication.spec.spec.tokenRef',
    )
    expect(changes.map((c) => c.path[0])).not.toContain('accountIdentifier')
  })

  it('finds nothing between a connector and its copy', () => {
    expect(sameConnector(base, structuredClone(base))).toBe(true)
  })
})

describe('yamlDiff', () => {
  it('marks the removed and the added line of a changed value', () => {
    const lines = yamlDiff(
      base,
      edit((c) => (c.spec.url = 'https://ghe.acme.io')),
    )
    expect(lines.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: '    url: https://github.com/acme' },
      { kind: 'added', text: '    url: https://ghe.acme.io' },
    ])
    expect(lines.some((l) => l.kind === 'same' && l.text === 'connector:')).toBe(true)
  })
})

describe('mergeEdits', () => {
  it('keeps their change and mine when they touch different fields', () => {
    const mine = edit((c) => (c.spec.url = 'https://github.com/mine'))
    const theirs = edit((c) => (c.description = 'Changed by someone else'))
    const { merged, conflicts } = mergeEdits(base, mine, theirs)
    expect(conflicts).toEqual([])
    expect(merged.spec.url).toBe('https://github.com/mine')
    expect(merged.description).toBe('Changed by someone else')
    expect(merged.accountIdentifier).toBe('acct')
    // Everything else is as it was.
    expect(fieldChanges(theirs, merged).map((c) => pathLabel(c.path))).toEqual(['spec.url'])
  })

  it('keeps a removal by either side', () => {
    const mine = edit((c) => delete c.description)
    const theirs = edit((c) => delete c.spec.executeOnDelegate)
    const { merged } = mergeEdits(base, mine, theirs)
    expect(merged.description).toBeUndefined()
    expect(merged.spec.executeOnDelegate).toBeUndefined()
    expect(merged.spec.url).toBe(base.spec.url)
  })

  it('reports a field both changed differently, and takes mine', () => {
    const mine = edit((c) => (c.spec.url = 'https://mine.example'))
    const theirs = edit((c) => (c.spec.url = 'https://theirs.example'))
    const { merged, conflicts } = mergeEdits(base, mine, theirs)
    expect(conflicts).toEqual([
      { path: ['spec', 'url'], mine: 'https://mine.example', theirs: 'https://theirs.example' },
    ])
    expect(merged.spec.url).toBe('https://mine.example')
  })

  it('is no conflict when both made the same change', () => {
    const change = (c: ConnectorInfo) => (c.tags = { team: 'sre' })
    const { conflicts, merged } = mergeEdits(base, edit(change), edit(change))
    expect(conflicts).toEqual([])
    expect(merged.tags).toEqual({ team: 'sre' })
  })
})

describe('pathLabel', () => {
  it('quotes keys that are not plain names', () => {
    expect(pathLabel(['tags', 'cost.center'])).toBe('tags["cost.center"]')
    expect(pathLabel(['spec', 'url'])).toBe('spec.url')
  })
})

describe('mergeEdits order', () => {
  it('keeps the server’s key order, so only real changes show in the YAML diff', () => {
    const theirs = edit((c) => {
      // The Manager keeps keys in its own order.
      const { url, ...rest } = c.spec
      c.spec = { ...rest, url }
    })
    const mine = edit((c) => (c.description = 'Mine'))
    const { merged } = mergeEdits(base, mine, theirs)
    const changed = yamlDiff(theirs, merged).filter((l) => l.kind !== 'same')
    expect(changed).toEqual([
      { kind: 'removed', text: '  description: Org repos' },
      { kind: 'added', text: '  description: Mine' },
    ])
  })
})

describe('key order', () => {
  it('is not a change, inside arrays of objects too', () => {
    const a = edit((c) => (c.spec.headers = [{ key: 'A', value: '1', valueEncrypted: false }]))
    const b = edit((c) => (c.spec.headers = [{ valueEncrypted: false, value: '1', key: 'A' }]))
    expect(fieldChanges(a, b)).toEqual([])
  })
})
