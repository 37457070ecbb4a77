import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

import { buttonClass, Button } from '@/components/ui/button'
import { Card, Page } from '@/components/ui/page'
import { ErrorState } from '@/components/ui/states'
import { paths } from '@/lib/paths'

/** A route that throws (or whose code fails to load) shows this instead of a blank screen. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Page title="Page not found">
        <Card>
          <ErrorState error={new Error('There is nothing at this address.')} title="Not found" />
        </Card>
      </Page>
    )
  }
  const chunkFailed =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  return (
    <Page title="Something went wrong">
      <Card>
        <ErrorState
          error={
            chunkFailed
              ? new Error(
                  'A newer version of the console was deployed, or the connection dropped while loading this page.',
                )
              : error
          }
          title={
            chunkFailed ? 'This page could not be loaded' : 'This page hit an unexpected error'
          }
        />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'center', paddingBottom: 24 }}>
          <Button onClick={() => window.location.reload()}>Reload</Button>
          <Link className={buttonClass('ghost')} to={paths.home}>
            Go to Getting started
          </Link>
        </div>
      </Card>
    </Page>
  )
}
