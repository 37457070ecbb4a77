import { ConnectorDetailPage } from '@/features/connectors/detail/connector-detail-page'

export function Component() {
  return <ConnectorDetailPage />
}
