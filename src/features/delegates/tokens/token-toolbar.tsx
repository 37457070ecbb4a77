import { useRef } from 'react'

import form from '@/components/ui/form.module.css'
import { focusField, useKeyShortcut } from '@/hooks/use-key-shortcut'
import { useSearchText } from '@/hooks/use-search-text'
import { useShownValue } from '@/hooks/use-shown-value'

import styles from '../delegates.module.css'
import type { TokenFilters, useTokenFilters } from './use-token-filters'

type Set = ReturnType<typeof useTokenFilters>['set']

/** The one control that shows revoked tokens; focus comes here when a revoke hides its row. */
export const SHOW_REVOKED_ID = 'show-revoked-tokens'

/** Search by name, filter by status (revoked one toggle away), sort. */
export function TokenToolbar({ filters, set }: { filters: TokenFilters; set: Set }) {
  // The box keeps its own text: the URL updates a moment later, and fast typing must not be lost.
  const [q, setQ] = useSearchText(filters.q, (next) => set({ q: next || null }))
  const searchField = useRef<HTMLInputElement>(null)
  useKeyShortcut('/', () => focusField(searchField.current))
  const [state, showState] = useShownValue(filters.state)
  const [sort, showSort] = useShownValue(`${filters.sort}:${filters.desc ? 'desc' : 'asc'}`)
  const [showRevoked, showShowRevoked] = useShownValue(filters.showRevoked)
  return (
    <div className={styles.toolbar} role="search" aria-label="Filter tokens">
      <label>
        Search by name
        <input
          ref={searchField}
          className={[form.input, styles.search].join(' ')}
          type="search"
          aria-keyshortcuts="/"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="e.g. prod"
        />
      </label>
      <label>
        Status
        <select
          className={form.input}
          value={state}
          onChange={(e) => {
            showState(e.target.value as TokenFilters['state'])
            set({ state: e.target.value === 'all' ? null : e.target.value })
          }}
        >
          <option value="all">All statuses</option>
          <option value="active">Active</option>
          <option value="expiring">Expiring soon</option>
          <option value="revoked">Revoked</option>
        </select>
      </label>
      <label>
        Sort by
        <select
          className={form.input}
          value={sort}
          onChange={(e) => {
            showSort(e.target.value)
            const [sort, dir] = e.target.value.split(':')
            set({ sort: sort === 'name' ? null : sort, dir: dir === 'desc' ? 'desc' : null })
          }}
        >
          <option value="name:asc">Name (A–Z)</option>
          <option value="name:desc">Name (Z–A)</option>
          <option value="created:desc">Newest first</option>
          <option value="created:asc">Oldest first</option>
          <option value="expiry:asc">Expiry (soonest first)</option>
        </select>
      </label>
      <label className={styles.check}>
        <input
          id={SHOW_REVOKED_ID}
          type="checkbox"
          checked={showRevoked || state === 'revoked'}
          disabled={state === 'revoked'}
          onChange={(e) => {
            showShowRevoked(e.target.checked)
            set({ revoked: e.target.checked ? '1' : null })
          }}
        />
        Show revoked tokens
      </label>
    </div>
  )
}
