import fc from 'fast-check'

import { catalog } from './index'
import { sampleValues } from './samples'
import { messages, providerSchema } from './to-zod'
import { methodsOf, type FieldKind } from './types'

/** Property tests for the field kinds the other schema tests do not cover: select, list, patterns, tags. */
function fieldsWhere(pred: (kind: FieldKind, hasPattern: boolean) => boolean) {
  return catalog.flatMap((p) =>
    methodsOf(p).flatMap((m) =>
      [...p.fields, ...m.fields].filter((f) => pred(f.kind, !!f.pattern)).map((f) => ({ p, m, f })),
    ),
  )
}

function issuesFor(id: string, values: Record<string, unknown>, key: string) {
  const result = providerSchema(id).safeParse(values)
  return (result.error?.issues ?? []).filter((i) => i.path[0] === key).map((i) => i.message)
}

describe('field kinds', () => {
  it('select fields accept their options and reject anything else, naming the choices', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fieldsWhere((k) => k === 'select')),
        fc.string({ minLength: 1 }),
        ({ p, m, f }, value) => {
          const values = sampleValues(p, m.id)
          for (const o of f.options ?? [])
            expect(issuesFor(p.id, { ...values, [f.name]: o.value }, f.name)).toEqual([])
          fc.pre(!(f.options ?? []).some((o) => o.value === value))
          const errors = issuesFor(p.id, { ...values, [f.name]: value }, f.name)
          expect(errors[0]).toContain(`Choose a ${f.label}`)
        },
      ),
    )
  })

  it('list fields reject blank entries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fieldsWhere((k) => k === 'list')),
        fc.constantFrom('', ' ', '\t'),
        ({ p, m, f }, blank) => {
          const values = { ...sampleValues(p, m.id), [f.name]: ['ok', blank] }
          expect(issuesFor(p.id, values, f.name)).toContain(messages.emptyItem)
        },
      ),
    )
  })

  it('text fields with a pattern reject values that break it with their own message', () => {
    const cases = fieldsWhere((k, hasPattern) => (k === 'text' || k === 'list') && hasPattern)
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.string(), ({ p, m, f }, value) => {
        fc.pre(value.trim() !== '' && !f.pattern!.test(value.trim()))
        const v = f.kind === 'list' ? [value] : value
        const errors = issuesFor(p.id, { ...sampleValues(p, m.id), [f.name]: v }, f.name)
        expect(errors).toContain(f.patternMessage ?? `Check ${f.label}`)
      }),
    )
  })

  it('tags are key:value or key, never starting with a colon or blank', () => {
    const p = catalog.find((x) => x.id === 'github')!
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9]{0,6}(:[a-z0-9 ]{0,6})?$/), (tag) => {
        expect(issuesFor(p.id, { ...sampleValues(p), tags: [tag] }, 'tags')).toEqual([])
      }),
    )
    for (const bad of [':x', ' ', '']) {
      expect(issuesFor(p.id, { ...sampleValues(p), tags: [bad] }, 'tags')).toContain(messages.tag)
    }
  })
})
