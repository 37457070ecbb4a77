/**
 * @vitest-environment jsdom
 */
import { entityId, parseEntityId, parseScopeId, scopeId } from './command-ids'
import { forgetRecent, RECENT_MAX, recentItems, rememberRecent } from './recent-store'

const KEY = 'delegate-console:palette-recent:acct'

afterEach(() => localStorage.clear())

describe('recent items', () => {
  test('newest first, each once, at most a few', () => {
    for (let i = 0; i < RECENT_MAX + 2; i++)
      rememberRecent('acct', { id: `page:/p${i}`, label: `Page ${i}` })
    rememberRecent('acct', { id: 'page:/p3', label: 'Page 3' })
    const ids = recentItems('acct').map((r) => r.id)
    expect(ids).toHaveLength(RECENT_MAX)
    expect(ids[0]).toBe('page:/p3')
    expect(ids.filter((id) => id === 'page:/p3')).toHaveLength(1)
    expect(ids).toContain(`page:/p${RECENT_MAX + 1}`)
    expect(ids).not.toContain('page:/p0')
  })

  test('per account', () => {
    rememberRecent('acct', { id: 'action:theme', label: 'Switch to dark theme' })
    expect(recentItems('other')).toEqual([])
    expect(recentItems('acct')).toHaveLength(1)
  })

  test('keeps only the id and the label, never anything else a result carries', () => {
    const token = { id: 'token:default//ci_token', label: 'ci_token', value: 'SECRET-VALUE' }
    rememberRecent('acct', token)
    const stored = localStorage.getItem(KEY)!
    expect(stored).not.toContain('SECRET-VALUE')
    expect(JSON.parse(stored)).toEqual([{ id: 'token:default//ci_token', label: 'ci_token' }])
  })

  test('a hand-edited or broken store is read as what is valid in it', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { id: 'page:/connectors', label: 'Connectors', secret: 'x' },
        { id: 'no kind here', label: 'x' },
        { id: 'page:/network' },
        null,
        'text',
        { id: 'action:theme', label: 'L'.repeat(500) },
      ]),
    )
    expect(recentItems('acct')).toEqual([
      { id: 'page:/connectors', label: 'Connectors' },
      { id: 'action:theme', label: 'L'.repeat(200) },
    ])
    localStorage.setItem(KEY, '{not json')
    expect(recentItems('acct')).toEqual([])
  })

  test('the same array while storage is unchanged (a stable snapshot for React)', () => {
    rememberRecent('acct', { id: 'page:/', label: 'Getting started' })
    expect(recentItems('acct')).toBe(recentItems('acct'))
  })

  test('an item can be forgotten', () => {
    rememberRecent('acct', { id: 'page:/', label: 'Getting started' })
    rememberRecent('acct', { id: 'page:/network', label: 'Network' })
    forgetRecent('acct', 'page:/')
    expect(recentItems('acct').map((r) => r.id)).toEqual(['page:/network'])
  })

  test('storage that refuses writes keeps nothing and throws nothing', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => rememberRecent('acct', { id: 'page:/', label: 'x' })).not.toThrow()
    setItem.mockRestore()
    expect(recentItems('acct')).toEqual([])
  })
})

describe('command ids', () => {
  test('an entity id round-trips, odd characters included', () => {
    const scope = { orgId: 'default', projectId: 'cd platform/x' }
    const id = entityId('connector', scope, 'git:hub')
    expect(id).not.toMatch(/\s/)
    expect(parseEntityId(id)).toEqual({ kind: 'connector', scope, identifier: 'git:hub' })
    expect(parseEntityId(entityId('token', {}, 't1'))).toEqual({
      kind: 'token',
      scope: { orgId: undefined, projectId: undefined },
      identifier: 't1',
    })
  })

  test('a project without its org, an unknown kind or a bad escape is no target', () => {
    expect(parseEntityId('connector://p/x')).toBeNull()
    expect(parseEntityId('connector:/p/x')).toBeNull()
    expect(parseEntityId('secret:a/b/c')).toBeNull()
    expect(parseEntityId('connector:a/b/%E0')).toBeNull()
    expect(parseEntityId('page:/connectors')).toBeNull()
  })

  test('a scope id round-trips', () => {
    expect(parseScopeId(scopeId({}))).toEqual({ orgId: undefined, projectId: undefined })
    expect(parseScopeId(scopeId({ orgId: 'o', projectId: 'p' }))).toEqual({
      orgId: 'o',
      projectId: 'p',
    })
    expect(parseScopeId('scope:/p')).toBeNull()
  })
})
