import fc from 'fast-check'

import { connectorInfoSchema } from '@/api/schemas/connector'

import { catalog, getProvider } from './index'
import { sampleValues } from './samples'
import { providerSchema } from './to-zod'
import { fromConnectorInfo, toConnectorInfo } from './to-api'
import { methodsOf, type Provider, type ProviderValues } from './types'

const scope = { accountId: 'acc', orgId: 'default', projectId: 'proj' }
const apiProviders = catalog.filter((p) => p.type)

/** The values a round trip must keep: overview plus the active method's fields. */
function relevant(provider: Provider, values: ProviderValues) {
  const method = methodsOf(provider).find((m) => m.id === values.authMethod)!
  const keys = [
    'name',
    'identifier',
    'description',
    'tags',
    'delegateSelectors',
    'connectivityMode',
    'authMethod',
  ]
  for (const f of [...provider.fields, ...method.fields]) keys.push(f.name)
  return Object.fromEntries(keys.map((k) => [k, values[k]]))
}

describe('toConnectorInfo ∘ fromConnectorInfo', () => {
  it.each(apiProviders.flatMap((p) => methodsOf(p).map((m) => [p.id, m.id] as const)))(
    '%s / %s round-trips and yields a valid ConnectorInfo',
    (id, methodId) => {
      const provider = getProvider(id)
      const values = providerSchema(id).parse(sampleValues(provider, methodId))
      const info = toConnectorInfo(provider, values, scope)
      expect(connectorInfoSchema.safeParse(info).success).toBe(true)
      expect(JSON.stringify(info)).not.toMatch(/"[^"]*Ref":"project\./)
      const back = providerSchema(id).parse(fromConnectorInfo(provider, info))
      expect(relevant(provider, back)).toEqual(relevant(provider, values))
    },
  )

  it('round-trips arbitrary overview values', () => {
    const github = getProvider('github')
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}[A-Za-z0-9]$/),
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }),
        fc.constantFrom('delegate', 'platform'),
        (name, keys, mode) => {
          const values = providerSchema('github').parse({
            ...sampleValues(github),
            name,
            tags: keys.map((k, i) => (i % 2 ? k : `${k}:v${i}`)),
            connectivityMode: mode,
            delegateSelectors: mode === 'platform' ? [] : ['primary'],
          })
          const back = fromConnectorInfo(github, toConnectorInfo(github, values, scope))
          expect(relevant(github, back)).toEqual(relevant(github, values))
        },
      ),
    )
  })

  it('refuses providers without an API type', () => {
    const winrm = getProvider('winrm')
    expect(() => toConnectorInfo(winrm, sampleValues(winrm), scope)).toThrow(/WinRM credential/)
  })
})
