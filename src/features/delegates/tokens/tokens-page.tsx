import { useQuery } from '@tanstack/react-query'
import { KeyRound, Plus } from 'lucide-react'
import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState } from 'react'

import { delegateQueries } from '@/api/queries/delegates'
import { Button } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows, StaleNotice } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { useUrlParams } from '@/hooks/use-url-params'
import { paths } from '@/lib/paths'
import { TOKENS_PAGE } from './frame'
import { SavedViews } from '@/components/saved-views/saved-views'
import { pluralize } from '@/lib/format'

import { useNow } from '../lib/use-now'
import styles from '../delegates.module.css'
import { SHOW_REVOKED_ID, TokenToolbar } from './token-toolbar'
import { TokenTable } from './token-table'
import { applyTokenFilters, useTokenFilters } from './use-token-filters'

const PAGE_SIZE = 50
const GENERATE_PARAM = 'generate'

// The dialogs (forms, Radix, the mutations) load when one opens, not with the page: the list paints
// sooner. Pointing at "Generate token" starts its download.
const loadGenerate = () => import('./generate-token-dialog')
const GenerateTokenDialog = lazy(() =>
  loadGenerate().then((m) => ({ default: m.GenerateTokenDialog })),
)
const RevokeTokenDialog = lazy(() =>
  import('../components/revoke-token-dialog').then((m) => ({ default: m.RevokeTokenDialog })),
)
const DeleteTokenDialog = lazy(() =>
  import('./delete-token-dialog').then((m) => ({ default: m.DeleteTokenDialog })),
)

/** Setup > Delegates > Delegate Tokens (seed 002): see, create, copy, rotate and revoke tokens. */
export function TokensPage() {
  const scope = useScope()
  const now = useNow(60_000)
  const tokens = useQuery(delegateQueries.tokens(scope))
  // React Query hands new data to React as an urgent update, which would render the whole table in
  // one task; deferred, React renders the rows in slices and the page stays responsive.
  const data = useDeferredValue(tokens.data)
  const { filters, set } = useTokenFilters()
  const [generateAsked, setGenerateAsked] = useState(false)
  // `?generate=1` opens the dialog (the command palette's "Generate a delegate token" links here).
  const [params, updateParams] = useUrlParams()
  const generating = generateAsked || params.get(GENERATE_PARAM) === '1'
  const setGenerating = (open: boolean) => {
    setGenerateAsked(open)
    if (!open && params.has(GENERATE_PARAM))
      updateParams({ [GENERATE_PARAM]: null }, { replace: true })
  }
  const [revoking, setRevoking] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  // The token just revoked: once the list shows it revoked, focus goes where it now is.
  const justRevoked = useRef<string | null>(null)
  // Each row asks which delegates use its token (REFERENCE.md §9.9): render a page at a time.
  const [limit, setLimit] = useState(PAGE_SIZE)

  const rows = data ? applyTokenFilters([...data], filters, now) : []
  // No token at this scope at all: the empty state alone, without views and filters above it (as
  // the connectors list does). The list is read whole, so no filter can have emptied it.
  const emptyScope = data?.length === 0
  const hiddenRevoked =
    data && !filters.showRevoked ? data.filter((t) => t.status === 'REVOKED').length : 0

  // The Revoke button that opened the dialog is gone once its token is revoked: focus goes to the
  // row's Delete button when revoked tokens are shown, else to "Show revoked tokens", never to <body>.
  useEffect(() => {
    const name = justRevoked.current
    if (revoking !== null || !data?.some((t) => t.name === name && t.status === 'REVOKED')) return
    const label = `Delete ${name ?? ''}`
    const deleteButton = [...document.querySelectorAll<HTMLElement>('button[aria-label]')].find(
      (b) => b.getAttribute('aria-label') === label,
    )
    ;(deleteButton ?? document.getElementById(SHOW_REVOKED_ID))?.focus()
    justRevoked.current = null
  }, [data, revoking])

  return (
    <Page
      {...TOKENS_PAGE}
      actions={
        <Button
          variant="primary"
          data-tour="generate-token"
          onPointerEnter={() => void loadGenerate()}
          onFocus={() => void loadGenerate()}
          onClick={() => setGenerating(true)}
        >
          <Plus size={16} aria-hidden /> Generate token
        </Button>
      }
    >
      <Card>
        {emptyScope ? null : (
          <>
            <SavedViews list="tokens" path={paths.delegateTokens} />
            <TokenToolbar filters={filters} set={set} />
          </>
        )}
        {tokens.isError && data !== undefined ? (
          <StaleNotice
            error={tokens.error}
            updatedAt={tokens.dataUpdatedAt}
            onRetry={() => void tokens.refetch()}
            what="delegate tokens"
          />
        ) : null}
        {tokens.isError && data === undefined ? (
          <ErrorState
            error={tokens.error}
            onRetry={() => void tokens.refetch()}
            title="Could not load the delegate tokens"
          />
        ) : data === undefined ? (
          <SkeletonRows rows={5} label="Loading delegate tokens" />
        ) : data.length === 0 ? (
          <EmptyState
            icon={<KeyRound size={22} />}
            title="No delegate tokens at this scope"
            action={
              <Button variant="primary" onClick={() => setGenerating(true)}>
                Generate token
              </Button>
            }
          >
            <p>Generate a token, then install delegates with it.</p>
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState
            title="No token matches these filters"
            action={
              <Button onClick={() => set({ q: null, state: null, revoked: null })}>
                Clear filters
              </Button>
            }
          >
            {hiddenRevoked ? <p>{pluralize(hiddenRevoked, 'revoked token')} hidden.</p> : null}
          </EmptyState>
        ) : (
          <TokenTable
            scope={scope}
            rows={rows.slice(0, limit)}
            now={now}
            onRevoke={setRevoking}
            onDelete={setDeleting}
          />
        )}
        {rows.length > limit ? (
          <div className={styles.footerNote}>
            <span>
              Showing {limit} of {rows.length} tokens.
            </span>
            <Button size="small" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, rows.length - limit)} more
            </Button>
          </div>
        ) : null}
        {data?.length && hiddenRevoked ? (
          <div className={styles.footerNote}>
            <span>
              {pluralize(hiddenRevoked, 'revoked token')} hidden: "Show revoked tokens" above lists{' '}
              {hiddenRevoked === 1 ? 'it' : 'them'}.
            </span>
          </div>
        ) : null}
      </Card>
      <Suspense fallback={null}>
        {generating ? (
          <GenerateTokenDialog scope={scope} open onOpenChange={setGenerating} />
        ) : null}
        {revoking !== null ? (
          <RevokeTokenDialog
            scope={scope}
            name={revoking}
            onClose={() => setRevoking(null)}
            onRevoked={(name) => (justRevoked.current = name)}
          />
        ) : null}
        {deleting !== null ? (
          <DeleteTokenDialog scope={scope} name={deleting} onClose={() => setDeleting(null)} />
        ) : null}
      </Suspense>
    </Page>
  )
}
