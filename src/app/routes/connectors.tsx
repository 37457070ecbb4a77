import { Suspense } from 'react'

import { PageFrame } from '@/components/ui/page'
import { CONNECTORS_PAGE } from '@/features/connectors/list/frame'

import { afterPaint } from './deferred'

const ConnectorsPage = afterPaint(() =>
  import('@/features/connectors/list/connectors-page').then((m) => m.ConnectorsPage),
)

export function Component() {
  return (
    <Suspense fallback={<PageFrame {...CONNECTORS_PAGE} loading="Loading the connectors" />}>
      <ConnectorsPage />
    </Suspense>
  )
}
