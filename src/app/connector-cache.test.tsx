import { screen } from '@testing-library/react'

import { useDeleteConnector } from '@/features/connectors/api/mutations'
import { testConnector } from '@/features/connectors/api/test'
import { egressQueries } from '@/features/network/api/egress-queries'
import { db } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

/**
 * Features share the connectors' cache: the network page's plan of every connector must not sit
 * where a connector write or a test expects one listV2 page (it made a successful delete throw).
 */
const scope = () => ({ accountId: db().account.identifier })

function DeleteDatadog() {
  const remove = useDeleteConnector(scope())
  return (
    <button onClick={() => remove.mutate({ identifier: 'datadog' })}>
      {remove.isSuccess ? 'Deleted' : remove.isError ? `Failed: ${remove.error.message}` : 'Delete'}
    </button>
  )
}

test('a delete succeeds after the network page read every connector of the scope', async () => {
  const { user, queryClient } = renderWithApp(<DeleteDatadog />)
  const plan = await queryClient.fetchQuery(egressQueries.connectors(scope()))
  expect(plan.connectors.some((c) => c.connector.identifier === 'datadog')).toBe(true)
  await user.click(screen.getByRole('button', { name: 'Delete' }))
  expect(await screen.findByRole('button', { name: 'Deleted' })).toBeInTheDocument()
})

test('a connection test leaves the network plan as it was read', async () => {
  const { queryClient } = renderWithApp(<p>cache</p>)
  const plan = await queryClient.fetchQuery(egressQueries.connectors(scope()))
  await testConnector(queryClient, { identifier: 'datadog', scope: scope() })
  expect(queryClient.getQueryData(egressQueries.connectors(scope()).queryKey)).toBe(plan)
})
