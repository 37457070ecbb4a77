import type { ConnectorInfo } from '@/api/schemas/connector'

import { getProvider } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { toConnectorInfo } from '@/catalog/to-api'

import { bundleYaml } from '../code/yaml'
import { checkBundle } from './check'
import { entryScope, planBundle, summarize } from './plan'

const acct = { accountId: 'acct' }
const provider = getProvider('github')
/** A GitHub connector the form accepts, at the account. */
const github = (over: Partial<ConnectorInfo> = {}): ConnectorInfo => ({
  ...toConnectorInfo(provider, sampleValues(provider), acct),
  name: 'GitHub "org" ${x}',
  identifier: 'gh',
  ...over,
})

describe('checkBundle', () => {
  it('reads back every connector of an exported bundle, at this scope', () => {
    const infos = [github(), github({ identifier: 'gh2', name: 'Ünïcode 🚀' })]
    const docs = checkBundle(bundleYaml(infos), acct)
    expect(docs.map((d) => d.problems)).toEqual([[], []])
    expect(docs.map((d) => d.info?.name)).toEqual(['GitHub "org" ${x}', 'Ünïcode 🚀'])
    // Each document's line is its `---`.
    const first = bundleYaml([infos[0]]).split('\n').length - 1
    expect(docs.map((d) => d.line)).toEqual([1, first + 1])
  })

  it('names each bad document with its line, and keeps checking the rest', () => {
    const text = `${bundleYaml([github()])}---\nconnector:\n  name: x\n  identifier: y\n  type: Nope\n  spec: {}\n---\nconnector: [oops\n${bundleYaml([github({ identifier: 'gh3' })])}`
    const docs = checkBundle(text, acct)
    expect(docs[0].info).toBeDefined()
    // On the line of the bad type itself.
    const typeLine = text.split('\n').indexOf('  type: Nope') + 1
    expect(docs[1].problems[0]).toMatchObject({ line: typeLine })
    expect(docs[1].problems[0].message).toMatch(/type/)
    expect(docs[2].info).toBeUndefined()
    expect(docs[2].problems.length).toBeGreaterThan(0)
  })

  it('refuses a connector of another scope, and an identifier given twice', () => {
    const text = bundleYaml([github({ orgIdentifier: 'default' }), github(), github()])
    const docs = checkBundle(text, acct)
    expect(docs[0].problems[0].message).toMatch(/at the account/)
    expect(docs[1].problems).toEqual([])
    expect(docs[2].problems[0].message).toMatch(/already in document 2/)
  })
})

describe('planBundle', () => {
  it('creates what is not there, updates what differs, leaves the same alone', async () => {
    const stored: Record<string, ConnectorInfo> = {
      same: github({ identifier: 'same' }),
      old: github({ identifier: 'old', description: 'before' }),
    }
    const lookup = (info: ConnectorInfo) =>
      Promise.resolve(stored[info.identifier] ? { connector: stored[info.identifier] } : null)
    const entries = [
      github({ identifier: 'new' }),
      github({ identifier: 'old', description: 'after' }),
      github({ identifier: 'same' }),
    ].map((info, index) => ({ index, line: 1, info }))
    const plan = await planBundle(entries, lookup)
    expect(plan.map((e) => e.action)).toEqual(['create', 'update', 'unchanged'])
    expect(plan[1].changes).toEqual([
      { path: ['description'], kind: 'changed', before: 'before', after: 'after' },
    ])
    expect(
      summarize(plan, [
        { state: 'done', action: 'create' },
        { state: 'failed', message: 'x', fields: [] },
        { state: 'skipped' },
      ]),
    ).toEqual({ created: 1, updated: 0, unchanged: 1, failed: 1 })
  })

  it('writes each entry at the scope it names', () => {
    expect(entryScope('a', github({ orgIdentifier: 'o', projectIdentifier: 'p' }))).toEqual({
      accountId: 'a',
      orgId: 'o',
      projectId: 'p',
    })
    expect(entryScope('a', github())).toEqual({
      accountId: 'a',
      orgId: undefined,
      projectId: undefined,
    })
  })
})
