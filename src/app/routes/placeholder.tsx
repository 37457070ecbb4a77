import { Hammer } from 'lucide-react'
import type { ReactNode } from 'react'

import { Card, Page } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'

/** For a feature that is not built yet: says so plainly instead of pretending. */
export function PlaceholderPage({
  title,
  breadcrumb,
  children,
}: {
  title: string
  breadcrumb?: string
  children: ReactNode
}) {
  return (
    <Page title={title} breadcrumb={breadcrumb}>
      <Card>
        <EmptyState icon={<Hammer size={22} />} title="Not built yet">
          <p style={{ maxWidth: '60ch' }}>{children}</p>
        </EmptyState>
      </Card>
    </Page>
  )
}
