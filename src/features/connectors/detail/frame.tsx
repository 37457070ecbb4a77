import { ArrowLeft } from 'lucide-react'
import { Link } from 'react-router'

import { PageFrame } from '@/components/ui/page'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

/**
 * A connector's page's subtitle, the same while it loads and after: the page's header is all
 * there at its first paint, and the details fill in below it.
 */
export const CONNECTOR_SUBTITLE =
  'How it connects, whether it can connect now, its test history and where it is used.'

/** The breadcrumb: the way back to the list (one link, not a breadcrumb and a back link). */
export function ConnectorsBackLink() {
  const scope = useScope()
  return (
    <Link to={withScope(paths.connectors, scope)}>
      <ArrowLeft size={13} aria-hidden /> Connectors
    </Link>
  )
}

/**
 * The page while the connector loads: in the route's frame (app/routes/connector-detail.tsx)
 * until the page's body arrives, then in the body until the connector does.
 */
export function ConnectorFrame() {
  return (
    <PageFrame
      title="Connector"
      subtitle={CONNECTOR_SUBTITLE}
      breadcrumb={<ConnectorsBackLink />}
      rows={8}
      loading="Loading the connector"
    />
  )
}
