/**
 * The list's sort, kept in the URL (`?sort=&dir=`) and done by the Manager (listV2 `sortOrders`),
 * since a page of 50 sorted in the browser would not be the account sorted. By default failed
 * connectors come first: the Manager's statuses sort as FAILURE, PARTIAL, PENDING, SUCCESS,
 * UNKNOWN, so ascending status is "failed first, then partial".
 */
export const SORT_COLUMNS = ['status', 'name', 'tested'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SortDir = 'asc' | 'desc'
export interface ListSort {
  column: SortColumn
  dir: SortDir
}

export const DEFAULT_SORT: ListSort = { column: 'status', dir: 'asc' }

/** The direction a column sorts in when first chosen: the most useful end first. */
const FIRST_DIR: Record<SortColumn, SortDir> = { status: 'asc', name: 'asc', tested: 'desc' }

/** The Connector entity's fields listV2 sorts by (see ConnectorListParams.sortOrders). */
const FIELD: Record<SortColumn, string> = {
  status: 'connectivityDetails.status',
  name: 'name',
  tested: 'connectivityDetails.testedAt',
}

export const SORT_LABELS: Record<SortColumn, Record<SortDir, string>> = {
  status: { asc: 'Status, failed first', desc: 'Status, failed last' },
  name: { asc: 'Name, A to Z', desc: 'Name, Z to A' },
  tested: { asc: 'Last tested, oldest first', desc: 'Last tested, newest first' },
}

const isColumn = (v: string | null): v is SortColumn =>
  (SORT_COLUMNS as readonly (string | null)[]).includes(v)

/** The sort a URL asks for; anything unknown is the default. */
export function parseSort(params: URLSearchParams): ListSort {
  const column = params.get('sort')
  if (!isColumn(column)) return DEFAULT_SORT
  const dir = params.get('dir')
  return { column, dir: dir === 'asc' || dir === 'desc' ? dir : FIRST_DIR[column] }
}

/** The URL params for a sort: none for the default, no `dir` for a column's first direction. */
export function sortParams(sort: ListSort): { sort: string | null; dir: string | null } {
  if (sort.column === DEFAULT_SORT.column && sort.dir === DEFAULT_SORT.dir)
    return { sort: null, dir: null }
  return { sort: sort.column, dir: sort.dir === FIRST_DIR[sort.column] ? null : sort.dir }
}

/** A click on a column's header: the other direction if it is the sort, else its first one. */
export function nextSort(current: ListSort, column: SortColumn): ListSort {
  if (current.column !== column) return { column, dir: FIRST_DIR[column] }
  return { column, dir: current.dir === 'asc' ? 'desc' : 'asc' }
}

/** listV2's `sortOrders`: the column, then the name to order ties (many share a status). */
export function sortOrders(sort: ListSort): string[] {
  const first = `${FIELD[sort.column]},${sort.dir.toUpperCase()}`
  return sort.column === 'name' ? [first, 'identifier,ASC'] : [first, 'name,ASC']
}
