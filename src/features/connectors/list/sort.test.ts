// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { connectorQueries } from '@/api/queries/connectors'
import { MOCK_ACCOUNT_ID } from '@/api/session'
import { resetDb } from '@/mocks/db'
import { createTestQueryClient } from '@/test/render'

import { healthOf } from '../health/status'
import { DEFAULT_SORT, nextSort, parseSort, sortOrders, sortParams } from './sort'
import { toListParams, type ListState } from './use-list-params'

const state = (sort = DEFAULT_SORT): ListState => ({
  q: '',
  status: null,
  category: null,
  type: null,
  page: 1,
  sort,
})

describe('connector list sort', () => {
  it('is failed first by default, and keeps the default out of the URL', () => {
    expect(parseSort(new URLSearchParams())).toEqual({ column: 'status', dir: 'asc' })
    expect(sortParams(DEFAULT_SORT)).toEqual({ sort: null, dir: null })
    expect(toListParams(state()).sortOrders).toEqual(['connectivityDetails.status,ASC', 'name,ASC'])
  })

  it('reads and writes the URL: a column, and a direction only when it is not the first one', () => {
    expect(parseSort(new URLSearchParams('sort=name'))).toEqual({ column: 'name', dir: 'asc' })
    expect(parseSort(new URLSearchParams('sort=tested'))).toEqual({ column: 'tested', dir: 'desc' })
    expect(parseSort(new URLSearchParams('sort=tested&dir=asc'))).toEqual({
      column: 'tested',
      dir: 'asc',
    })
    expect(parseSort(new URLSearchParams('sort=bogus&dir=up'))).toEqual(DEFAULT_SORT)
    expect(sortParams({ column: 'name', dir: 'asc' })).toEqual({ sort: 'name', dir: null })
    expect(sortParams({ column: 'status', dir: 'desc' })).toEqual({ sort: 'status', dir: 'desc' })
  })

  it('a header click turns the sort round, or picks the column in its first direction', () => {
    expect(nextSort(DEFAULT_SORT, 'status')).toEqual({ column: 'status', dir: 'desc' })
    expect(nextSort(DEFAULT_SORT, 'tested')).toEqual({ column: 'tested', dir: 'desc' })
    expect(nextSort({ column: 'tested', dir: 'desc' }, 'tested')).toEqual({
      column: 'tested',
      dir: 'asc',
    })
    expect(sortOrders({ column: 'name', dir: 'desc' })).toEqual(['name,DESC', 'identifier,ASC'])
    expect(sortOrders({ column: 'tested', dir: 'desc' })).toEqual([
      'connectivityDetails.testedAt,DESC',
      'name,ASC',
    ])
  })

  it('the Manager (the mock) answers failed first, then partial, by name within a status', async () => {
    resetDb('default')
    const page = await createTestQueryClient().fetchQuery(
      connectorQueries.list({ accountId: MOCK_ACCOUNT_ID }, toListParams(state())),
    )
    const rows = page.content.map((r) => ({ health: healthOf(r.status), name: r.connector.name }))
    const failed = rows.filter((r) => r.health === 'failed')
    expect(failed.length).toBeGreaterThan(2)
    expect(rows.slice(0, failed.length)).toEqual(failed)
    const names = failed.map((r) => r.name.toLowerCase())
    expect(names).toEqual([...names].sort())
  })

  it('sorts by last test, newest first, across the whole account, not one page', async () => {
    resetDb('large')
    const query = (pageIndex: number) =>
      createTestQueryClient().fetchQuery(
        connectorQueries.list(
          { accountId: MOCK_ACCOUNT_ID },
          { ...toListParams(state({ column: 'tested', dir: 'desc' })), pageIndex },
        ),
      )
    const [first, second] = await Promise.all([query(0), query(1)])
    const times = [...first.content, ...second.content].map((r) => r.status?.testedAt ?? 0)
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(times[0]).toBeGreaterThan(times.at(-1)!)
  })
})
