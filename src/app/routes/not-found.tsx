import { Compass } from 'lucide-react'
import { Link } from 'react-router'

import { buttonClass } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

export function Component() {
  const scope = useScope()
  return (
    <Page title="Page not found">
      <Card>
        <EmptyState
          icon={<Compass size={22} />}
          title="There is nothing at this address"
          action={
            <Link className={buttonClass('primary')} to={withScope(paths.home, scope)}>
              Go to Getting started
            </Link>
          }
        >
          The link may be old, or the page may have moved. Start from Getting started, or pick a
          page from the navigation.
        </EmptyState>
      </Card>
    </Page>
  )
}
