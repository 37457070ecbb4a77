import { useQuery } from '@tanstack/react-query'
import { Pencil, SearchX, Trash2 } from 'lucide-react'
import { lazy, Suspense, useDeferredValue, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'

import { isApiError } from '@/api/errors'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { connectorQueries } from '@/api/queries/connectors'
import { Button, buttonClass } from '@/components/ui/button'
import { Card, CardBody, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows } from '@/components/ui/states'
import { providerForType, type Provider } from '@/catalog'
import { addressOfValues, connectionOf } from '@/catalog/ports'
import { fromConnectorInfo } from '@/catalog/to-api'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { UsedBy } from '../delete/used-by'
import { HintsPanel } from '../shared/hints-panel'
import { ConfigList } from './config-list'
import { CONNECTOR_SUBTITLE, ConnectorFrame, ConnectorsBackLink } from './frame'
import styles from './detail.module.css'
import { HistoryCard } from './history-card'
import { Overview } from './overview'
import { TestCard } from './test-card'

// Not part of the page's first paint: the code card (YAML library, tabs) is the last card, below
// the fold on a phone, and the delete dialog (Radix) opens on demand. Loaded with the page, they
// were 60 kB gzip more before it could paint (ADR 0003).
const AsCodeCard = lazy(() => import('./as-code-card').then((m) => ({ default: m.AsCodeCard })))
const loadDeleteDialog = () => import('../components/delete-connector-dialog')
const DeleteConnectorDialog = lazy(() =>
  loadDeleteDialog().then((m) => ({ default: m.DeleteConnectorDialog })),
)

export function ConnectorDetailPage() {
  const { identifier = '' } = useParams()
  const scope = useScope()
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const detail = useQuery(connectorQueries.detail(scope, identifier))
  // The cards render as a transition, in slices the browser can interrupt, not in the one task
  // the data's arrival would otherwise be (as the lists do with their rows).
  const shown = useDeferredValue(detail.data)
  const back = <ConnectorsBackLink />
  const loading = <ConnectorFrame />
  if (detail.isPending) return loading
  if (isApiError(detail.error) && detail.error.isNotFound)
    return (
      <Page title="Connector not found" breadcrumb={back}>
        <Card>
          <EmptyState
            title={`No connector ${identifier} at this scope`}
            icon={<SearchX size={22} />}
            action={
              <Link className={buttonClass('primary')} to={withScope(paths.connectors, scope)}>
                All connectors
              </Link>
            }
          >
            It may have been deleted, or it belongs to another organization or project: pick that
            scope at the top of the page, or find it in the list.
          </EmptyState>
        </Card>
      </Page>
    )
  if (detail.isError)
    return (
      <Page title="Connector" breadcrumb={back}>
        <Card>
          <ErrorState
            error={detail.error}
            onRetry={() => void detail.refetch()}
            title="Could not load this connector"
          />
        </Card>
      </Page>
    )
  // The data is here but its render is still on its way (the deferred value above).
  if (!shown) return loading
  const row = shown
  const info = row.connector
  const provider = providerForType(info.type)
  return (
    <Page
      title={info.name}
      subtitle={CONNECTOR_SUBTITLE}
      breadcrumb={back}
      actions={
        <>
          <Link
            to={withScope(paths.editConnector(info.identifier), scope)}
            className={buttonClass()}
          >
            <Pencil size={14} aria-hidden /> Edit
          </Link>
          <Button
            variant="dangerOutline"
            onClick={() => setDeleting(true)}
            onPointerEnter={() => void loadDeleteDialog()}
            onFocus={() => void loadDeleteDialog()}
          >
            <Trash2 size={14} aria-hidden /> Delete
          </Button>
          <Suspense fallback={null}>
            {deleting ? (
              <DeleteConnectorDialog
                open
                onOpenChange={setDeleting}
                scope={scope}
                connector={info}
                onDeleted={() =>
                  void navigate(withScope(paths.connectors, scope), { replace: true })
                }
              />
            ) : null}
          </Suspense>
        </>
      }
    >
      <div className={styles.layout}>
        <div className={styles.main}>
          <Overview row={row} usedBy={<UsedBy scope={scope} identifier={info.identifier} />} />
          <TestCard row={row} scope={scope} />
          <HistoryCard row={row} accountId={scope.accountId} />
          <Card>
            <CardBody>
              <h2 className={styles.cardTitle}>Configuration</h2>
              <ConfigList info={info} provider={provider} />
            </CardBody>
          </Card>
          <Suspense
            fallback={
              <Card>
                <CardBody>
                  <h2 className={styles.cardTitle}>Reference and code</h2>
                  <SkeletonRows rows={4} label="Loading the connector as code" />
                </CardBody>
              </Card>
            }
          >
            <AsCodeCard info={info} />
          </Suspense>
        </div>
        {provider ? (
          <Card className={styles.aside}>
            <StoredHints provider={provider} info={info} />
          </Card>
        ) : null}
      </div>
    </Page>
  )
}

/** The hints for the stored connector: its URL's port, and who connects (the form's own reading). */
function StoredHints({ provider, info }: { provider: Provider; info: ConnectorInfo }) {
  const values = fromConnectorInfo(provider, info)
  return (
    <HintsPanel
      provider={provider}
      connection={connectionOf(provider, values.connectivityMode)}
      address={addressOfValues(provider, values)}
    />
  )
}
