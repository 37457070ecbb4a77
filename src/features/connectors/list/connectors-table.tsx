import type { ConnectorResponse } from '@/api/schemas/connector'
import type { PageResponse } from '@/api/schemas/common'
import { Button } from '@/components/ui/button'
import { formatCount } from '@/lib/format'

import { ConnectorRow, rowKey } from './connector-row'
import styles from './list.module.css'
import type { ListSort } from './sort'
import { SortHeader } from './sort-header'

export interface TableProps {
  page: PageResponse<ConnectorResponse>
  accountId: string
  selected: ReadonlySet<string>
  onSelect: (rows: ConnectorResponse[], selected: boolean) => void
  /** The row whose one-click test runs (a test-all run marks its rows itself). */
  oneClickKey: string | null
  onTest: (row: ConnectorResponse) => void
  sort: ListSort
  onSort: (sort: ListSort) => void
  onPage: (page: number) => void
  fetching: boolean
}

/** One server page of connectors (never the whole account), with selection and paging. */
export function ConnectorsTable({
  page,
  accountId,
  selected,
  onSelect,
  oneClickKey,
  onTest,
  sort,
  onSort,
  onPage,
  fetching,
}: TableProps) {
  const rows = page.content
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(rowKey(r.connector)))
  const first = page.pageIndex * page.pageSize + 1
  const last = page.pageIndex * page.pageSize + rows.length
  return (
    <>
      <div className={styles.tableWrap} aria-busy={fetching}>
        <table className={styles.table}>
          <caption className="visually-hidden">
            Connectors, page {page.pageIndex + 1} of {Math.max(1, page.totalPages)}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.checkCell}>
                <input
                  type="checkbox"
                  checked={allSelected}
                  aria-label="Select all on this page"
                  onChange={(e) => onSelect(rows, e.target.checked)}
                />
                {/* Shown where the rows are cards and the column headers are hidden. */}
                <span className={styles.selectAllLabel} aria-hidden>
                  Select all on this page
                </span>
              </th>
              <SortHeader column="name" sort={sort} onSort={onSort}>
                Connector
              </SortHeader>
              <SortHeader column="status" sort={sort} onSort={onSort}>
                Status
              </SortHeader>
              <th scope="col">Recent tests</th>
              <SortHeader column="tested" sort={sort} onSort={onSort}>
                Last tested
              </SortHeader>
              <th scope="col">Error summary</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row.connector)
              return (
                <ConnectorRow
                  key={key}
                  row={row}
                  accountId={accountId}
                  selected={selected.has(key)}
                  onSelect={onSelect}
                  testingHere={oneClickKey === key}
                  onTest={onTest}
                />
              )
            })}
          </tbody>
        </table>
      </div>
      <nav className={styles.pager} aria-label="Pages">
        <span>
          {formatCount(first)}–{formatCount(last)} of {formatCount(page.totalItems)}
        </span>
        <span className={styles.pagerButtons}>
          <Button
            size="small"
            disabled={page.pageIndex === 0}
            onClick={() => onPage(page.pageIndex)}
          >
            Previous
          </Button>
          <span aria-current="page">
            Page {formatCount(page.pageIndex + 1)} of {formatCount(Math.max(1, page.totalPages))}
          </span>
          <Button
            size="small"
            disabled={page.pageIndex + 1 >= page.totalPages}
            onClick={() => onPage(page.pageIndex + 2)}
          >
            Next
          </Button>
        </span>
      </nav>
    </>
  )
}
