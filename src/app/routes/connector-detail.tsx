import { ArrowLeft } from 'lucide-react'
import { Suspense } from 'react'
import { Link } from 'react-router'

import { CONNECTOR_SUBTITLE } from '@/features/connectors/detail/frame'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { afterPaint, PageFrame } from './deferred'

const ConnectorDetailPage = afterPaint(() =>
  import('@/features/connectors/detail/connector-detail-page').then((m) => m.ConnectorDetailPage),
)

export function Component() {
  const scope = useScope()
  return (
    <Suspense
      fallback={
        <PageFrame
          title="Connector"
          subtitle={CONNECTOR_SUBTITLE}
          breadcrumb={
            <Link to={withScope(paths.connectors, scope)}>
              <ArrowLeft size={13} aria-hidden /> Connectors
            </Link>
          }
          loading="Loading the connector"
        />
      }
    >
      <ConnectorDetailPage />
    </Suspense>
  )
}
