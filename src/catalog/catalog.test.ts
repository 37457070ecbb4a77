import { CATEGORY_BY_TYPE, CONNECTOR_TYPES } from '@/api/schemas/connector'

import { defaultValues } from './defaults'
import { API_CATEGORY_LABELS, categoryOfApi } from './categories'
import { CATEGORIES, catalog, getProvider, providerForType, providersByCategory } from './index'
import { NOT_CREATED_TYPES } from './not-created'
import { PROVIDER_BY_TYPE, summaryForType } from './provider-index'
import { sampleValues } from './samples'
import { providerSchema } from './to-zod'
import { methodsOf } from './types'

const COMMON = [
  'name',
  'identifier',
  'description',
  'tags',
  'delegateSelectors',
  'connectivityMode',
  'authMethod',
]

describe('catalog', () => {
  it('registers every file in providers/', () => {
    const files = Object.keys(import.meta.glob('./providers/*.ts'))
      .map((f) => f.replace('./providers/', '').replace('.ts', ''))
      .filter((f) => f !== 'index')
    expect(catalog.map((p) => p.id).sort()).toEqual(files.sort())
  })

  it('has unique kebab-case ids and two-letter initials', () => {
    expect(new Set(catalog.map((p) => p.id)).size).toBe(catalog.length)
    for (const p of catalog) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(p.initials).toMatch(/^[A-Z0-9]{2}$/)
    }
  })

  it('groups ~40+ providers over the six categories', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(40)
    for (const c of CATEGORIES) expect(providersByCategory[c.id].length).toBeGreaterThan(0)
  })

  it('finds providers by id and by type', () => {
    expect(getProvider('github').type).toBe('Github')
    expect(() => getProvider('nope')).toThrow(/Unknown provider/)
    expect(providerForType('K8sCluster')?.id).toBe('kubernetes')
    expect(providerForType('Harness')).toBeUndefined()
  })

  it("keeps the list's provider index equal to the catalog, type for type", () => {
    const fromCatalog = Object.fromEntries(
      CONNECTOR_TYPES.flatMap((type) => {
        const p = providerForType(type)
        return p
          ? [[type, { id: p.id, label: p.label, initials: p.initials, category: p.category }]]
          : []
      }),
    )
    expect(PROVIDER_BY_TYPE).toEqual(fromCatalog)
    expect(summaryForType('K8sCluster')).toEqual({
      id: 'kubernetes',
      label: 'Kubernetes cluster',
      initials: 'K8',
      category: 'cloud',
    })
    expect(summaryForType('Harness')).toBeUndefined()
  })

  it('creates every connector type, or says in NOT_CREATED_TYPES why not', () => {
    const created = CONNECTOR_TYPES.filter((t) => providerForType(t))
    const notCreated = NOT_CREATED_TYPES.map((t) => t.type)
    expect([...created, ...notCreated].sort()).toEqual([...CONNECTOR_TYPES].sort())
    expect(new Set(notCreated).size).toBe(notCreated.length)
    for (const t of NOT_CREATED_TYPES) expect(t.label && t.reason).toBeTruthy()
  })

  it('maps every API category a created type has to one console category', () => {
    for (const c of CATEGORIES) expect(c.apiCategories[0]).toBe(c.apiCategory)
    const apiCategories = catalog.flatMap((p) => (p.type ? [CATEGORY_BY_TYPE[p.type]] : []))
    for (const api of apiCategories) expect(categoryOfApi(api)).toBeDefined()
    expect(categoryOfApi('COMMUNICATION')).toBe('collaboration')
    expect(categoryOfApi('DOCUMENTATION')).toBe('collaboration')
    expect(categoryOfApi('DATABASE')).toBe('cloud')
    const owners = CATEGORIES.flatMap((c) => c.apiCategories)
    expect(new Set(owners).size).toBe(owners.length)
    for (const api of Object.keys(API_CATEGORY_LABELS))
      expect(API_CATEGORY_LABELS).toHaveProperty(api)
  })
})

describe.each(catalog.map((p) => [p.id, p] as const))('provider %s', (_id, provider) => {
  it('uses a known connector type in the right category', () => {
    if (!provider.type) return
    expect(CONNECTOR_TYPES).toContain(provider.type)
    const category = CATEGORIES.find((c) => c.id === provider.category)
    expect(category?.apiCategories).toContain(CATEGORY_BY_TYPE[provider.type])
  })

  it('has auth methods when it has a type, and createInstead when it has none', () => {
    if (provider.type) expect(provider.authMethods.length).toBeGreaterThan(0)
    else expect(provider.createInstead).toBeTruthy()
  })

  it('has ports in 1..65535 and https references', () => {
    const { ports, olderPorts = [], references } = provider.hints
    for (const { port } of [...ports, ...olderPorts]) {
      expect(Number.isInteger(port) && port >= 1 && port <= 65535).toBe(true)
    }
    for (const r of references) expect(r.url).toMatch(/^https?:\/\//)
    expect(provider.docsUrl).toMatch(/^https:\/\//)
  })

  it('has field names that are unique per method and never shadow overview fields', () => {
    for (const m of methodsOf(provider)) {
      const names = [...provider.fields, ...m.fields].map((f) => f.name)
      expect(new Set(names).size).toBe(names.length)
      for (const n of names) expect(COMMON).not.toContain(n)
      for (const f of [...provider.fields, ...m.fields]) {
        if (f.kind === 'select') expect(f.options?.length).toBeGreaterThan(0)
      }
    }
    const ids = methodsOf(provider).map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('defaults fail only on required fields, and a filled sample parses for every method', () => {
    const schema = providerSchema(provider.id)
    const result = schema.safeParse(defaultValues(provider))
    const first = methodsOf(provider)[0]
    const required = new Set([
      'name',
      'identifier',
      ...(first.requiresDelegateSelectors ? ['delegateSelectors'] : []),
      ...[...provider.fields, ...first.fields]
        .filter((f) => f.required && f.default === undefined)
        .map((f) => f.name),
    ])
    for (const issue of result.error?.issues ?? [])
      expect(required).toContain(String(issue.path[0]))
    for (const m of methodsOf(provider)) {
      const parsed = schema.safeParse(sampleValues(provider, m.id))
      expect(parsed.error?.issues ?? []).toEqual([])
    }
  })
})
