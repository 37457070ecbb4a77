import { Suspense } from 'react'

import { ConnectorFrame } from '@/features/connectors/detail/frame'

import { afterPaint } from './deferred'

const ConnectorDetailPage = afterPaint(() =>
  import('@/features/connectors/detail/connector-detail-page').then((m) => m.ConnectorDetailPage),
)

export function Component() {
  return (
    <Suspense fallback={<ConnectorFrame />}>
      <ConnectorDetailPage />
    </Suspense>
  )
}
