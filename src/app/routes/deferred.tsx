import { lazy, type ComponentType } from 'react'

import { afterFirstPaint } from '@/api/backend-ready'
import { withQueryClient } from '@/api/query-client-loader'

/**
 * A page's body that loads once the page's frame has painted, with React Query's client: the
 * route's own chunk holds only the frame (title, subtitle, a skeleton), so the first paint waits
 * for no API code, schemas, lists or dialogs. The Getting started checklist does the same. In demo
 * mode the data cannot come sooner (the embedded mock starts after the first paint); in Manager
 * mode the requests start as the body arrives. ADR 0003 has the measurements.
 */
export function afterPaint(load: () => Promise<ComponentType>) {
  return lazy(() =>
    afterFirstPaint()
      .then(withQueryClient(load))
      .then((component) => ({ default: component })),
  )
}
