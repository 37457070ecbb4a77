import { Bookmark, Settings2 } from 'lucide-react'
import { lazy, Suspense, useState } from 'react'
import { Link, useSearchParams } from 'react-router'

import { Button } from '@/components/ui/button'
import { useScope } from '@/hooks/use-scope'
import { withScope } from '@/lib/paths'

import { BUILT_IN_VIEWS } from './built-in-views'
import styles from './saved-views.module.css'
import { useSavedViews, viewQuery, type ListName } from './views-store'

// The dialogs (Radix, the forms) load when one opens: the row of views is on every list's first
// paint, and with them it brought the dialogs' chunk (about 40 kB gzip) along (ADR 0003).
const loadDialogs = () => import('./saved-views-dialogs')
const SaveViewDialog = lazy(() => loadDialogs().then((m) => ({ default: m.SaveViewDialog })))
const ManageViewsDialog = lazy(() => loadDialogs().then((m) => ({ default: m.ManageViewsDialog })))

/**
 * The list's saved views beside its filters: each a link (so a view is shared by sending its
 * address), the built-in ones first; "Save view" keeps the current filters, search and sort under a
 * name; "Manage" renames, copies a link to, or deletes one.
 */
export function SavedViews({ list, path }: { list: ListName; path: string }) {
  const scope = useScope()
  const [params] = useSearchParams()
  const views = useSavedViews(scope.accountId, list)
  const [saving, setSaving] = useState(false)
  const [managing, setManaging] = useState(false)
  const current = viewQuery(list, params)
  const href = (query: string) => withScope(query ? `${path}?${query}` : path, scope)
  const all = [
    ...BUILT_IN_VIEWS[list].map((v) => ({ ...v, id: `built-in-${v.name}`, builtIn: true })),
    ...views.map((v) => ({ ...v, builtIn: false })),
  ]
  return (
    <nav className={styles.views} aria-label="Saved views">
      <span className={styles.label} aria-hidden>
        <Bookmark size={14} /> Views
      </span>
      <ul className={styles.list}>
        {all.map((v) => (
          <li key={v.id}>
            <Link
              className={styles.view}
              to={href(v.query)}
              aria-current={v.query === current ? 'true' : undefined}
              title={v.builtIn ? 'Built in' : undefined}
            >
              {v.name}
            </Link>
          </li>
        ))}
      </ul>
      <span className={styles.actions}>
        <Button
          size="small"
          variant="ghost"
          onClick={() => setSaving(true)}
          onPointerEnter={() => void loadDialogs()}
          onFocus={() => void loadDialogs()}
          disabled={!current}
          aria-describedby={current ? undefined : `${list}-views-hint`}
        >
          Save view
        </Button>
        {current ? null : (
          <span id={`${list}-views-hint`} className="visually-hidden">
            Set a filter, search or sort first.
          </span>
        )}
        {views.length ? (
          <Button
            size="small"
            variant="ghost"
            onClick={() => setManaging(true)}
            onPointerEnter={() => void loadDialogs()}
            onFocus={() => void loadDialogs()}
          >
            <Settings2 size={14} aria-hidden /> Manage
          </Button>
        ) : null}
      </span>
      <Suspense fallback={null}>
        {saving ? (
          <SaveViewDialog
            open
            onOpenChange={setSaving}
            accountId={scope.accountId}
            list={list}
            query={current}
            views={views}
          />
        ) : null}
        {managing ? (
          <ManageViewsDialog
            open
            onOpenChange={setManaging}
            accountId={scope.accountId}
            list={list}
            views={views}
            href={href}
          />
        ) : null}
      </Suspense>
    </nav>
  )
}
