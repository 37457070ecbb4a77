import fc from 'fast-check'

import { contractProblems as problemsOf } from '@/api/contract/validate'
import type { ConnectorInfo } from '@/api/schemas/connector'

import { catalog, getProvider } from './index'
import { sampleFieldValue, sampleValues } from './samples'
import { toConnectorInfo } from './to-api'
import { providerSchema } from './to-zod'
import { methodsOf, type Provider, type ProviderField, type ProviderValues } from './types'

/**
 * Every body the connector form can build is one the Manager accepts as sent: valid for the API's
 * own types (derived from Harness's client, src/api/contract) with nothing dropped as unknown.
 */

const apiProviders = catalog.filter((p) => p.type)
const scopes = [
  { accountId: 'acc' },
  { accountId: 'acc', orgId: 'default' },
  { accountId: 'acc', orgId: 'default', projectId: 'proj' },
]

/** A value for one field drawn from what the form allows: every option, empty when optional. */
function fieldArbitrary(field: ProviderField): fc.Arbitrary<ProviderValues[string]> {
  const sample = fc.constant(sampleFieldValue(field))
  const choices: fc.Arbitrary<ProviderValues[string]>[] = [sample]
  if (field.kind === 'select' && field.options?.length)
    choices.push(fc.constantFrom(...field.options.map((o) => o.value)))
  if (field.kind === 'boolean') choices.push(fc.boolean())
  if (!field.required) choices.push(fc.constant(field.kind === 'list' ? [] : ''))
  return fc.oneof(...choices)
}

function valuesArbitrary(provider: Provider, methodId: string) {
  const method = methodsOf(provider).find((m) => m.id === methodId)!
  const fields = [...provider.fields, ...method.fields]
  return fc
    .record({
      fields: fc.tuple(...fields.map(fieldArbitrary)),
      mode: fc.constantFrom(...(provider.connectivityModes ?? ['delegate'])),
      scope: fc.constantFrom(...scopes),
    })
    .map(({ fields: drawn, mode, scope }) => {
      const values: ProviderValues = { ...sampleValues(provider, methodId), connectivityMode: mode }
      fields.forEach((f, i) => (values[f.name] = drawn[i]))
      if (mode === 'platform') values.delegateSelectors = []
      return { values, scope }
    })
}

describe('every body the connector form builds satisfies the API types', () => {
  it.each(apiProviders.flatMap((p) => methodsOf(p).map((m) => [p.id, m.id] as const)))(
    '%s / %s',
    (id, methodId) => {
      const provider = getProvider(id)
      fc.assert(
        fc.property(valuesArbitrary(provider, methodId), ({ values, scope }) => {
          const parsed = providerSchema(id).safeParse(values)
          fc.pre(parsed.success) // values the form itself refuses never reach the API
          const info = toConnectorInfo(provider, parsed.data, scope)
          expect(problemsOf('ConnectorInfo', info)).toEqual([])
        }),
        { numRuns: 25 },
      )
    },
  )

  it('names what the Manager would refuse or drop', () => {
    const info = {
      name: 'x',
      identifier: 'x',
      type: 'Codecommit',
      spec: {
        url: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app',
        type: 'Repo',
        authentication: { type: 'AWSCredentials', spec: { accessKey: 'a' } },
        sid: 'x',
      },
    } as ConnectorInfo
    expect(problemsOf('ConnectorInfo', info)).toEqual([
      'spec.authentication.type: must be one of HTTPS',
    ])
    info.spec.authentication = {
      type: 'HTTPS',
      spec: { type: 'AWSCredentials', spec: { accessKey: 'a', secretKeyRef: 'account.sk' } },
    }
    expect(problemsOf('ConnectorInfo', info)).toEqual(['spec.sid: not in ConnectorInfo'])
  })
})
