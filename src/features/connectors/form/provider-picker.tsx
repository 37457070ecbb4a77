import { Search } from 'lucide-react'

import fieldStyles from '@/components/ui/form.module.css'
import { Card } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import { catalog, CATEGORIES, providersByCategory } from '@/catalog'
import { NOT_CREATED_TYPES, type NotCreatedType } from '@/catalog/not-created'
import type { CategoryId, Provider } from '@/catalog/types'
import { ProviderLogo } from '@/components/provider-logo/provider-logo'

import { NotCreatedHere } from './not-created-here'
import styles from './picker.module.css'

interface ProviderPickerProps {
  category: CategoryId
  term: string
  onCategory: (category: CategoryId) => void
  onTerm: (term: string) => void
  onPick: (provider: Provider) => void
}

function matches(provider: Provider, term: string) {
  const t = term.trim().toLowerCase()
  return (
    !t ||
    [provider.label, provider.description, provider.type ?? ''].some((s) =>
      s.toLowerCase().includes(t),
    )
  )
}

function matchesType(t: NotCreatedType, term: string) {
  const q = term.trim().toLowerCase()
  return !q || [t.label, t.type, t.reason].some((s) => s.toLowerCase().includes(q))
}

/**
 * Category, then provider (seed 004's six categories). A search looks across every category.
 * State lives in the URL (`?category=&q=`), so the picker can be linked and survives a reload.
 */
export function ProviderPicker({
  category,
  term,
  onCategory,
  onTerm,
  onPick,
}: ProviderPickerProps) {
  const searching = term.trim() !== ''
  const shown = searching ? catalog.filter((p) => matches(p, term)) : providersByCategory[category]
  const notCreated = NOT_CREATED_TYPES.filter((t) =>
    searching ? matchesType(t, term) : t.category === category,
  )
  return (
    <Card>
      <div className={styles.toolbar}>
        <div className={styles.categories} role="group" aria-label="Categories">
          {CATEGORIES.map((c) => (
            <button
              key={c.id}
              type="button"
              className={styles.category}
              aria-pressed={!searching && c.id === category}
              onClick={() => {
                onTerm('')
                onCategory(c.id)
              }}
            >
              {c.label}
              <span className={styles.count}>{providersByCategory[c.id].length}</span>
            </button>
          ))}
        </div>
        <div className={styles.search}>
          <Search size={16} aria-hidden className={styles.searchIcon} />
          <input
            type="search"
            className={fieldStyles.input}
            aria-label="Search providers"
            placeholder="Search providers"
            value={term}
            onChange={(e) => onTerm(e.target.value)}
          />
        </div>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No provider matches">
          <p>
            Nothing matches &ldquo;{term}&rdquo;. Try a product name such as GitHub, Vault or
            Datadog.
          </p>
        </EmptyState>
      ) : (
        <ul
          className={styles.grid}
          aria-label={
            searching
              ? 'Matching providers'
              : `${CATEGORIES.find((c) => c.id === category)?.label} providers`
          }
        >
          {shown.map((p) => (
            <li key={p.id}>
              <button type="button" className={styles.provider} onClick={() => onPick(p)}>
                <ProviderLogo provider={p} />
                <span className={styles.providerText}>
                  <span className={styles.providerName}>{p.label}</span>
                  <span className={styles.providerDescription}>{p.description}</span>
                  {p.type ? null : (
                    <span className={styles.guidance}>Guidance only: no connector type</span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <NotCreatedHere types={notCreated} />
    </Card>
  )
}
