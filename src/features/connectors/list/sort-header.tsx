import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import type { ReactNode } from 'react'

import styles from './list.module.css'
import { nextSort, SORT_LABELS, type ListSort, type SortColumn } from './sort'

/**
 * A column header that sorts the list: `aria-sort` says how it is sorted now, the button's name
 * the column, and its description what a click does.
 */
export function SortHeader({
  column,
  sort,
  onSort,
  children,
}: {
  column: SortColumn
  sort: ListSort
  onSort: (sort: ListSort) => void
  children: ReactNode
}) {
  const active = sort.column === column
  const next = nextSort(sort, column)
  const Icon = !active ? ArrowUpDown : sort.dir === 'asc' ? ArrowUp : ArrowDown
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className={styles.sortButton}
        data-active={active || undefined}
        title={`Sort: ${SORT_LABELS[column][next.dir]}`}
        onClick={() => onSort(next)}
      >
        {children}
        <Icon size={13} aria-hidden />
      </button>
    </th>
  )
}
