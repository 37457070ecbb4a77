import { Search, X } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'

import {
  CATEGORY_BY_TYPE,
  CONNECTOR_CATEGORIES,
  CONNECTOR_TYPES,
  type ConnectorType,
} from '@/api/schemas/connector'
import { Button } from '@/components/ui/button'
import form from '@/components/ui/form.module.css'
import { focusField, useKeyShortcut } from '@/hooks/use-key-shortcut'
import { API_CATEGORY_LABELS } from '@/catalog/categories'
import { notCreatedType } from '@/catalog/not-created'
import { summaryForType } from '@/catalog/provider-index'
import { compareText } from '@/lib/format'

import { HEALTH_LABELS, HEALTH_ORDER, isHealthStatus } from '../health/status'
import styles from './list.module.css'
import { SORT_COLUMNS, SORT_LABELS, type SortColumn, type SortDir } from './sort'
import { hasFilters, type ListState } from './use-list-params'

const SEARCH_DELAY_MS = 300
/** The provider's name ("GitHub"), or for a type the console does not create, what it is. */
const typeLabel = (t: ConnectorType) => summaryForType(t)?.label ?? notCreatedType(t)?.label ?? t

/** Search (debounced, so typing does not send a request per key) and the three filters. */
export function ListFilters({
  state,
  onChange,
}: {
  state: ListState
  onChange: (change: Partial<ListState>, options?: { replace?: boolean }) => void
}) {
  const id = useId()
  const [term, setTerm] = useState(state.q)
  const lastSent = useRef(state.q)
  const searchField = useRef<HTMLInputElement>(null)
  useKeyShortcut('/', () => focusField(searchField.current))

  // Back/forward or a summary click changed the URL: show its term.
  useEffect(() => {
    if (state.q !== lastSent.current) {
      lastSent.current = state.q
      setTerm(state.q)
    }
  }, [state.q])

  useEffect(() => {
    if (term.trim() === lastSent.current) return
    const timer = setTimeout(() => {
      lastSent.current = term.trim()
      onChange({ q: term.trim() }, { replace: true })
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [term, onChange])

  const types = CONNECTOR_TYPES.filter(
    (t) => !state.category || CATEGORY_BY_TYPE[t] === state.category,
  )
    .slice()
    .sort((a, b) => compareText(typeLabel(a), typeLabel(b)))
  return (
    <div className={styles.filters} role="search" aria-label="Filter connectors">
      <label className={styles.searchField}>
        <span className="visually-hidden">Search connectors</span>
        <Search size={16} aria-hidden className={styles.searchIcon} />
        <input
          ref={searchField}
          className={form.input}
          type="search"
          aria-keyshortcuts="/"
          placeholder="Search by name, id, tag or description"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
      </label>
      <div className={styles.filterField}>
        <label className={form.label} htmlFor={`${id}-status`}>
          Status
        </label>
        <select
          id={`${id}-status`}
          className={form.input}
          value={state.status ?? ''}
          onChange={(e) =>
            onChange({ status: isHealthStatus(e.target.value) ? e.target.value : null })
          }
        >
          <option value="">Any status</option>
          {HEALTH_ORDER.map((h) => (
            <option key={h} value={h}>
              {HEALTH_LABELS[h].label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filterField}>
        <label className={form.label} htmlFor={`${id}-category`}>
          Category
        </label>
        <select
          id={`${id}-category`}
          className={form.input}
          value={state.category ?? ''}
          onChange={(e) =>
            onChange({ category: (e.target.value || null) as ListState['category'], type: null })
          }
        >
          <option value="">Any category</option>
          {CONNECTOR_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {API_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filterField}>
        <label className={form.label} htmlFor={`${id}-type`}>
          Type
        </label>
        <select
          id={`${id}-type`}
          className={form.input}
          value={state.type ?? ''}
          onChange={(e) => onChange({ type: (e.target.value || null) as ListState['type'] })}
        >
          <option value="">Any type</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {typeLabel(t)}
            </option>
          ))}
        </select>
      </div>
      {/* Where the rows are cards and their column headers hidden (a phone): the headers sort. */}
      <div className={`${styles.filterField} ${styles.sortField}`}>
        <label className={form.label} htmlFor={`${id}-sort`}>
          Sort
        </label>
        <select
          id={`${id}-sort`}
          className={form.input}
          value={`${state.sort.column}:${state.sort.dir}`}
          onChange={(e) => {
            const [column, dir] = e.target.value.split(':') as [SortColumn, SortDir]
            onChange({ sort: { column, dir } })
          }}
        >
          {SORT_COLUMNS.flatMap((column) =>
            (['asc', 'desc'] as const).map((dir) => (
              <option key={`${column}:${dir}`} value={`${column}:${dir}`}>
                {SORT_LABELS[column][dir]}
              </option>
            )),
          )}
        </select>
      </div>
      {hasFilters(state) ? (
        <Button
          variant="ghost"
          size="small"
          onClick={() => {
            setTerm('')
            lastSent.current = ''
            onChange({ q: '', status: null, category: null, type: null })
          }}
        >
          <X size={14} aria-hidden /> Clear filters
        </Button>
      ) : null}
    </div>
  )
}
