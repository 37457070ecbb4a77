import { lazy, type ComponentType, type ReactNode } from 'react'

import { afterFirstPaint } from '@/api/backend-ready'
import { withQueryClient } from '@/api/query-client-loader'
import { Card, Page } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'

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

/** What a deferred page shows until its body arrives: its own header, and rows loading. */
export function PageFrame({
  title,
  subtitle,
  breadcrumb,
  loading,
}: {
  title: string
  subtitle?: string
  breadcrumb?: ReactNode
  /** What is loading, for assistive technology ("Loading the delegate tokens"). */
  loading: string
}) {
  return (
    <Page title={title} subtitle={subtitle} breadcrumb={breadcrumb}>
      <Card>
        <SkeletonRows rows={6} label={loading} />
      </Card>
    </Page>
  )
}
