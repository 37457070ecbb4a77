import { getProvider } from '@/catalog'

import { formNameFor, mapServerErrors } from './server-errors'
import { deriveIdentifier, stepOfField } from './steps'

describe('deriveIdentifier', () => {
  it.each([
    ['My GitHub', 'My_GitHub'],
    ['  prod / eu-west-1 ', 'prod_eu_west_1'],
    ['2nd cluster', '_2nd_cluster'],
    ['Cost $ tracker', 'Cost_$_tracker'],
    ['', ''],
  ])('%j → %j', (name, id) => expect(deriveIdentifier(name)).toBe(id))

  it('keeps to 128 characters', () => expect(deriveIdentifier('a'.repeat(300))).toHaveLength(128))
})

describe('server field errors', () => {
  const github = getProvider('github')

  it('maps Manager field ids to form fields through the catalog paths', () => {
    expect(formNameFor(github, 'token', 'connector.name')).toBe('name')
    expect(formNameFor(github, 'token', 'spec.url')).toBe('url')
    expect(formNameFor(github, 'ssh', 'spec.url')).toBe('sshUrl')
    expect(formNameFor(github, 'token', 'spec.authentication.spec.spec.tokenRef')).toBe('tokenRef')
    expect(formNameFor(github, 'token', 'spec.executeOnDelegate')).toBe('connectivityMode')
    expect(formNameFor(github, 'token', 'spec.nothing')).toBeUndefined()
  })

  it('keeps unknown field errors for the banner, and finds the step of the first error', () => {
    const mapped = mapServerErrors(github, 'token', [
      { fieldId: 'identifier', error: 'taken' },
      { fieldId: 'spec.validationRepo', error: 'missing' },
      { fieldId: 'somethingElse', error: 'odd' },
    ])
    expect(mapped.fields).toEqual({ identifier: 'taken', validationRepo: 'missing' })
    expect(mapped.other).toEqual([{ fieldId: 'somethingElse', error: 'odd' }])
    expect(stepOfField(github, 'validationRepo', 'token')).toBe('details')
    expect(stepOfField(github, 'tokenRef', 'token')).toBe('credentials')
    expect(stepOfField(github, 'delegateSelectors', 'token')).toBe('delegates')
  })
})
