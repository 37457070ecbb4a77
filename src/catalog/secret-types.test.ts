import { catalog } from './index'
import { methodsOf, type ProviderField } from './types'

const secretFields = catalog.flatMap((p) =>
  methodsOf(p).flatMap((m) =>
    [...p.fields, ...m.fields]
      .filter((f) => f.kind === 'secret')
      .map((f): [string, ProviderField] => [`${p.id} ${m.id} ${f.name}`, f]),
  ),
)
const typeOf = (providerId: string, name: string) =>
  catalog
    .find((p) => p.id === providerId)!
    .authMethods.flatMap((m) => m.fields)
    .find((f) => f.name === name)?.secretType

describe('secret fields declare the Harness secret type they take', () => {
  it.each(secretFields)('%s', (_, field) => {
    expect(['SecretText', 'SecretFile', 'SSHKey']).toContain(field.secretType)
    // An SSH credential is Harness's SSHKey type, never a text secret holding a key.
    if (/ssh/i.test(field.name)) expect(field.secretType).toBe('SSHKey')
  })

  it('takes a file secret for key files and certificates uploaded as files', () => {
    expect(typeOf('gcp', 'secretKeyRef')).toBe('SecretFile')
    expect(typeOf('gcp-kms', 'credentials')).toBe('SecretFile')
    expect(typeOf('gcp-secret-manager', 'credentialsRef')).toBe('SecretFile')
    expect(typeOf('azure', 'certificateRef')).toBe('SecretFile')
    expect(typeOf('github', 'privateKeyRef')).toBe('SecretFile')
  })

  it('takes a text secret for passwords and tokens', () => {
    expect(typeOf('github', 'tokenRef')).toBe('SecretText')
    expect(typeOf('bitbucket', 'passwordRef')).toBe('SecretText')
    expect(typeOf('vault', 'authToken')).toBe('SecretText')
  })
})
