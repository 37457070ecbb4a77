import { Search, X } from 'lucide-react'
import { useRef } from 'react'

import { Button } from '@/components/ui/button'
import form from '@/components/ui/form.module.css'
import { focusField, useKeyShortcut } from '@/hooks/use-key-shortcut'
import { useSearchText } from '@/hooks/use-search-text'
import { useShownValue } from '@/hooks/use-shown-value'

import { typeLabel } from '../lib/delegate-type'
import styles from '../delegates.module.css'
import { GROUP_STATES } from './group-state'
import { NO_FILTERS, type GroupFilters, type useGroupFilters } from './use-group-filters'

type Set = ReturnType<typeof useGroupFilters>['set']

/** Search by name or selector; filter by status, type (those at the scope) and version. */
export function GroupToolbar({
  filters,
  set,
  types,
  type,
  filtered,
}: {
  filters: GroupFilters
  set: Set
  /** The types to offer (`typeOptions`). */
  types: string[]
  /** The type filter in force: the URL's, if the console knows it. */
  type: string | null
  filtered: boolean
}) {
  const searchRef = useRef<HTMLInputElement>(null)
  const [q, setQ] = useSearchText(filters.q, (next) => set({ q: next }, { replace: true }))
  useKeyShortcut('/', () => focusField(searchRef.current))
  const [status, showStatus] = useShownValue(filters.status ?? '')
  const [shownType, showType] = useShownValue(type ?? '')
  const [behind, showBehind] = useShownValue(filters.behind)
  return (
    <div className={styles.toolbar} role="search" aria-label="Filter delegate groups">
      <label className={styles.searchField}>
        Search
        <span className={styles.searchBox}>
          <Search size={16} aria-hidden className={styles.searchIcon} />
          <input
            ref={searchRef}
            className={[form.input, styles.search].join(' ')}
            type="search"
            aria-keyshortcuts="/"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Name or selector, e.g. prod"
          />
        </span>
      </label>
      <label>
        Status
        <select
          className={form.input}
          value={status}
          onChange={(e) => {
            showStatus(e.target.value)
            set({ status: e.target.value })
          }}
        >
          <option value="">All statuses</option>
          {GROUP_STATES.map((s) => (
            <option key={s.state} value={s.state}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Type
        <select
          className={form.input}
          value={shownType}
          onChange={(e) => {
            showType(e.target.value)
            set({ type: e.target.value })
          }}
        >
          <option value="">All types</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {typeLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={behind}
          onChange={(e) => {
            showBehind(e.target.checked)
            set({ behind: e.target.checked ? '1' : null })
          }}
        />
        Behind on version only
      </label>
      {filtered ? (
        <Button
          variant="ghost"
          size="small"
          onClick={() => {
            set(NO_FILTERS)
            // The button goes with the filters: focus stays in the toolbar, not on <body>.
            searchRef.current?.focus()
          }}
        >
          <X size={14} aria-hidden /> Clear filters
        </Button>
      ) : null}
    </div>
  )
}
