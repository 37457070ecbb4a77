import type { ConnectorInfo } from '@/api/schemas/connector'
import { connectorSeeds } from '@/mocks/seed-connectors'

import { describeConfig } from './describe'
import { getProvider, providerForType } from './index'

const info = (seed: (typeof connectorSeeds)[number]) =>
  ({
    name: seed.name,
    identifier: seed.identifier,
    type: seed.type,
    spec: seed.spec,
  }) as ConnectorInfo
const seed = (id: string) => info(connectorSeeds.find((s) => s.identifier === id)!)

describe('describeConfig', () => {
  it('reads a stored connector with the form’s labels, never a raw spec path', () => {
    const { entries, unlisted } = describeConfig(getProvider('bitbucket'), seed('bitbucket_legacy'))
    expect(entries).toContainEqual({ label: 'Authentication', value: 'Username and app password' })
    expect(entries).toContainEqual({ label: 'URL type', value: 'Account' })
    expect(entries).toContainEqual(
      expect.objectContaining({ value: 'account.bitbucket_password', secret: true }),
    )
    expect(entries.map((e) => e.label)).not.toContainEqual(expect.stringMatching(/\.|Ref$/))
    expect(unlisted).toEqual([])
  })

  it('covers every seeded connector: each label is a form label, the rest accounted for', () => {
    const unlistedBySeed: Record<string, string[]> = {}
    for (const s of connectorSeeds) {
      const provider = providerForType(s.type)
      if (!provider) continue
      const { entries, unlisted } = describeConfig(provider, info(s))
      if (unlisted.length) unlistedBySeed[s.identifier] = unlisted
      for (const e of entries) expect(e.label, s.identifier).not.toMatch(/[.[\]]/)
    }
    // Azure Repos' spec carries a flag the form has no field for: counted, shown in the YAML.
    expect(unlistedBySeed).toEqual({ azure_repos: ['ignoreTestConnection'] })
  })

  it('counts what the form does not cover instead of hiding it', () => {
    const stored = seed('bitbucket_legacy')
    const { unlisted } = describeConfig(getProvider('bitbucket'), {
      ...stored,
      spec: { ...stored.spec, proxy: { host: 'squid.internal' } },
    })
    expect(unlisted).toEqual(['proxy.host'])
  })

  it('says how a connector with a platform mode connects, and leaves selectors out then', () => {
    const aws = connectorSeeds.find((s) => s.type === 'Aws')!
    const platform = describeConfig(providerForType('Aws')!, {
      ...info(aws),
      spec: { ...aws.spec, executeOnDelegate: false },
    })
    expect(platform.entries).toContainEqual({
      label: 'Connects through',
      value: 'The Harness platform',
    })
    expect(platform.entries.map((e) => e.label)).not.toContain('Delegate selectors')
  })
})
