import { prefillFor } from './create-instead'
import { defaultValues } from './defaults'
import { catalog, getProvider } from './index'

describe('create instead', () => {
  it('starts Custom Health for Bugsnag with its URL, validation path and a secret header', () => {
    const prefill = prefillFor(getProvider('custom-health'), 'bugsnag')
    expect(prefill?.from.id).toBe('bugsnag')
    expect(prefill?.values).toMatchObject({
      name: 'Bugsnag',
      baseURL: 'https://api.bugsnag.com/',
      validationPath: 'user/organizations',
      headers: [{ key: 'Authorization', encrypted: true, secretRef: '' }],
      authMethod: 'headers',
    })
  })

  it('ignores a from= that does not stand for the provider opened', () => {
    expect(prefillFor(getProvider('pdc'), 'bugsnag')).toBeUndefined()
    expect(prefillFor(getProvider('custom-health'), 'smtp')).toBeUndefined()
    expect(prefillFor(getProvider('custom-health'), 'no-such-provider')).toBeUndefined()
    expect(prefillFor(getProvider('custom-health'), null)).toBeUndefined()
  })

  it.each(catalog.filter((p) => p.createInstead?.providerId).map((p) => [p.id, p]))(
    '%s prefills only fields its target has',
    (_, provider) => {
      const target = getProvider(provider.createInstead!.providerId!)
      expect(target.type).toBeTruthy()
      const keys = Object.keys(defaultValues(target))
      for (const key of Object.keys(provider.createInstead!.prefill ?? {}))
        expect(keys).toContain(key)
    },
  )
})
