import { useQuery } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'

import { isApiError } from '@/api/errors'
import { connectorQueries } from '@/api/queries/connectors'
import type { ConnectorResponse } from '@/api/schemas/connector'
import { Button } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows } from '@/components/ui/states'
import { providerForType } from '@/catalog'
import { fromConnectorInfo } from '@/catalog/to-api'
import {
  DeleteConnectorDialog,
  scopeName,
} from '@/features/connectors/components/delete-connector-dialog'
import { ConnectorWizard } from '@/features/connectors/form/connector-wizard'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import styles from './connector-edit.module.css'

/** Server data seeds the form once (TkDodo): no effect keeps the two in sync afterwards. */
function EditForm({ response }: { response: ConnectorResponse }) {
  const info = response.connector
  const provider = providerForType(info.type)
  const [existing] = useState(() =>
    provider
      ? { info, values: fromConnectorInfo(provider, info), modifiedAt: response.lastModifiedAt }
      : null,
  )
  if (!provider || !existing) {
    return (
      <Card>
        <EmptyState title="This connector type cannot be edited here">
          <p>The console has no form for {info.type} connectors. Edit it in Harness.</p>
        </EmptyState>
      </Card>
    )
  }
  return <ConnectorWizard provider={provider} existing={existing} />
}

export function Component() {
  const { identifier = '' } = useParams()
  const scope = useScope()
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const detail = useQuery(connectorQueries.detail(scope, identifier))
  const info = detail.data?.connector
  const notFound = isApiError(detail.error) && detail.error.code === 'RESOURCE_NOT_FOUND_EXCEPTION'
  const actions = info ? (
    <Button variant="danger" onClick={() => setDeleting(true)}>
      <Trash2 size={16} aria-hidden /> Delete
    </Button>
  ) : null
  return (
    <Page
      title={info ? `Edit ${info.name}` : 'Edit connector'}
      breadcrumb="Connectors"
      subtitle={info ? `${info.type} connector in ${scopeName(info)}` : undefined}
      actions={actions}
    >
      {detail.isPending ? (
        <Card>
          <SkeletonRows rows={6} label="Loading the connector" />
        </Card>
      ) : detail.isError ? (
        <Card>
          <ErrorState
            error={detail.error}
            // Retrying cannot find a connector that is not there; offer the way back instead.
            onRetry={notFound ? undefined : () => void detail.refetch()}
            title={notFound ? 'No such connector at this scope' : 'Could not load this connector'}
          />
          {notFound ? (
            <p className={styles.back}>
              <Link to={withScope(paths.connectors, scope)}>Back to connectors</Link>
            </p>
          ) : null}
        </Card>
      ) : (
        <EditForm key={identifier} response={detail.data} />
      )}
      {info ? (
        <DeleteConnectorDialog
          open={deleting}
          onOpenChange={setDeleting}
          scope={scope}
          connector={info}
          onDeleted={() => void navigate(withScope(paths.connectors, scope))}
        />
      ) : null}
    </Page>
  )
}
