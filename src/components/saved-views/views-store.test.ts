/** @vitest-environment jsdom */
import {
  deleteView,
  nameProblem,
  renameView,
  saveView,
  viewQuery,
  type SavedView,
} from './views-store'

const read = (account: string) =>
  JSON.parse(localStorage.getItem(`delegate-console:views:${account}`) ?? '{}') as Record<
    string,
    SavedView[]
  >

describe('viewQuery', () => {
  it("keeps only the list's own keys, sorted, and drops empty values and paging", () => {
    const params = new URLSearchParams(
      'status=failed&org=default&project=web&page=3&q=prod&type=&generate=1&category=code',
    )
    expect(viewQuery('connectors', params)).toBe('category=code&q=prod&status=failed')
    expect(viewQuery('tokens', new URLSearchParams('dir=desc&state=expiring&value=x'))).toBe(
      'dir=desc&state=expiring',
    )
  })
})

describe('the store', () => {
  it('saves per account and per list; renames and deletes one view', () => {
    const view = saveView('acc1', 'connectors', '  Prod failing ', 'status=failed&q=prod&org=x')
    expect(view).toMatchObject({ name: 'Prod failing', query: 'q=prod&status=failed' })
    saveView('acc1', 'tokens', 'Expiring', 'state=expiring')
    expect(read('acc1').connectors).toHaveLength(1)
    expect(read('acc1').tokens).toHaveLength(1)
    expect(read('acc2')).toEqual({})

    renameView('acc1', 'connectors', view!.id, 'Failing in prod')
    expect(read('acc1').connectors?.[0]?.name).toBe('Failing in prod')
    deleteView('acc1', 'connectors', view!.id)
    expect(read('acc1').connectors).toEqual([])
    expect(read('acc1').tokens).toHaveLength(1)
  })

  it('names must be given, short enough and unique in the list (ignoring case)', () => {
    const views = [{ id: 'a', name: 'Prod', query: 'q=prod' }]
    expect(nameProblem('  ', views)).toBe('Give the view a name.')
    expect(nameProblem('x'.repeat(61), views)).toMatch(/at most 60/)
    expect(nameProblem('prod', views)).toBe('A view named prod already exists.')
    // Renaming a view to its own name (another case) is fine.
    expect(nameProblem('PROD', views, 'a')).toBeNull()
  })
})
