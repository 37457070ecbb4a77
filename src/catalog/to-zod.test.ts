import fc from 'fast-check'

import { catalog, getProvider } from './index'
import { sampleValues } from './samples'
import { messages, providerSchema } from './to-zod'
import { methodsOf, type FieldKind, type ProviderValues } from './types'

/** Every (provider, method, field) of a kind, so properties run over the whole catalog. */
function fieldsOfKind(kind: FieldKind) {
  return catalog.flatMap((p) =>
    methodsOf(p).flatMap((m) =>
      [...p.fields, ...m.fields].filter((f) => f.kind === kind).map((f) => ({ p, m, f })),
    ),
  )
}

function issuesFor(id: string, values: ProviderValues, key: string) {
  const result = providerSchema(id).safeParse(values)
  return (result.error?.issues ?? []).filter((i) => i.path[0] === key).map((i) => i.message)
}

const ident = fc.stringMatching(/^[a-zA-Z_][0-9a-zA-Z_$]{0,40}$/)

describe('providerSchema', () => {
  it('is memoized', () => {
    expect(providerSchema('github')).toBe(providerSchema('github'))
  })

  it('accepts valid overview values and secret refs', () => {
    const github = getProvider('github')
    fc.assert(
      fc.property(
        ident.filter((s) => s !== 'harnessSecretManager'),
        fc.constantFrom('account.', 'org.', ''),
        ident,
        fc.array(fc.stringMatching(/^[a-z]{1,8}(:[a-z0-9]{0,8})?$/), { maxLength: 4 }),
        (identifier, prefix, secretId, tags) => {
          const values = { ...sampleValues(github), identifier, tags, tokenRef: prefix + secretId }
          expect(providerSchema('github').safeParse(values).success).toBe(true)
        },
      ),
    )
  })

  it('rejects identifiers that break the entity rule, or the reserved one', () => {
    const bad = fc.oneof(
      fc.constant('harnessSecretManager'),
      fc.stringMatching(/^[0-9-][a-z0-9]{0,10}$/),
      fc.stringMatching(/^[a-z]{1,5}[ .\-/][a-z]{0,5}$/),
      fc.constant('a'.repeat(129)),
    )
    fc.assert(
      fc.property(bad, (identifier) => {
        const values = { ...sampleValues(getProvider('github')), identifier }
        const errors = issuesFor('github', values, 'identifier')
        expect(errors.length).toBeGreaterThan(0)
        expect([messages.identifier, messages.reservedIdentifier]).toContain(errors[0])
      }),
    )
  })

  it('says an empty identifier is required, not that it breaks the format', () => {
    const values = { ...sampleValues(getProvider('github')), identifier: '' }
    expect(issuesFor('github', values, 'identifier')[0]).toBe('Identifier is required')
  })

  it('rejects URLs that are not http(s) in every url field', () => {
    const bad = fc.oneof(
      fc.constant('github.com/acme'),
      fc.constant('ftp://files.example.com'),
      fc.constant('https://'),
      fc.stringMatching(/^[a-z]{1,10}$/),
    )
    fc.assert(
      fc.property(fc.constantFrom(...fieldsOfKind('url')), bad, ({ p, m, f }, value) => {
        const values = { ...sampleValues(p, m.id), [f.name]: value }
        expect(issuesFor(p.id, values, f.name)).toContain(messages.url)
      }),
    )
  })

  it('rejects project.x and malformed secret refs with a specific message', () => {
    const bad = fc.oneof(
      ident.map((s) => ({ ref: `project.${s}`, msg: messages.projectRef })),
      fc.constantFrom('account.', 'org.x.y', 'acc ount.x', '9lives', 'team.secret').map((ref) => ({
        ref,
        msg: messages.secretRef,
      })),
    )
    fc.assert(
      fc.property(fc.constantFrom(...fieldsOfKind('secret')), bad, ({ p, m, f }, { ref, msg }) => {
        const values = { ...sampleValues(p, m.id), [f.name]: ref }
        expect(issuesFor(p.id, values, f.name)).toContain(msg)
      }),
    )
  })

  it('rejects missing required fields with the field label', () => {
    const required = catalog.flatMap((p) =>
      methodsOf(p).flatMap((m) =>
        [...p.fields, ...m.fields].filter((f) => f.required).map((f) => ({ p, m, f })),
      ),
    )
    fc.assert(
      fc.property(fc.constantFrom(...required), ({ p, m, f }) => {
        const empty = f.kind === 'list' ? [] : f.kind === 'boolean' ? undefined : ''
        const values = { ...sampleValues(p, m.id), [f.name]: empty }
        expect(issuesFor(p.id, values, f.name).join(' ')).toContain(f.label)
      }),
    )
  })

  it('validates number fields and ports: integers in range only', () => {
    const vault = getProvider('vault')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ max: -1 }),
          fc.integer({ min: 3 }),
          fc.double({ min: 1.01, max: 1.99 }),
        ),
        (version) => {
          const values = { ...sampleValues(vault), secretEngineVersion: version }
          expect(issuesFor('vault', values, 'secretEngineVersion').length).toBeGreaterThan(0)
        },
      ),
    )
    expect(
      providerSchema('vault').safeParse({ ...sampleValues(vault), secretEngineVersion: '1' })
        .success,
    ).toBe(true)
  })

  it('needs a delegate selector for credentials inherited from the delegate', () => {
    const aws = { ...sampleValues(getProvider('aws'), 'inherit'), delegateSelectors: [] }
    expect(issuesFor('aws', aws, 'delegateSelectors')).toEqual([messages.selectorsNeeded])
    const onPlatform = { ...aws, delegateSelectors: ['x'], connectivityMode: 'platform' as const }
    expect(issuesFor('aws', onPlatform, 'connectivityMode')).toEqual([messages.platformInherit])
  })

  it('rejects a connectivity mode the provider does not support', () => {
    const k8s = {
      ...sampleValues(getProvider('kubernetes'), 'service-account'),
      connectivityMode: 'platform' as const,
    }
    expect(issuesFor('kubernetes', k8s, 'connectivityMode').length).toBe(1)
  })
})
