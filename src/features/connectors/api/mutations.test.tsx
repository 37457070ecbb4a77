import { useQuery } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'

import { connectorQueries } from '@/api/queries/connectors'
import { db } from '@/mocks/db'
import { clearFaults } from '@/mocks/faults'
import { gw } from '@/mocks/http'
import { server } from '@/mocks/node'
import { renderWithApp } from '@/test/render'

import { DeleteConnectorDialog } from '../components/delete-connector-dialog'
import { useCreateConnector } from './mutations'

/**
 * Issue 20: a connector write reports when its own call ends, not after the list refetch that
 * follows it (which, with the Manager slow, retries for a minute). Here that refetch hangs.
 */
const scope = () => ({ accountId: db().account.identifier })

function ConnectorList() {
  const list = useQuery(connectorQueries.list(scope(), { pageSize: 100 }))
  return (
    <ul aria-label="Connectors">
      {list.data?.content.map(({ connector: c }) => (
        <li key={c.identifier}>{c.name}</li>
      ))}
    </ul>
  )
}

async function listThenHang(ui: React.ReactElement) {
  const app = renderWithApp(
    <>
      <ConnectorList />
      {ui}
    </>,
  )
  // Behind a modal dialog, so hidden from the accessibility tree.
  const list = await screen.findByRole('list', { name: 'Connectors', hidden: true })
  await within(list).findByText('Datadog')
  server.use(http.post(gw('/ng/api/connectors/listV2'), () => delay('infinite')))
  return { ...app, list }
}

afterEach(() => clearFaults())

const datadog = { name: 'Datadog', identifier: 'datadog', orgIdentifier: null }

test('a delete reports at once and the row leaves the list, while the list read hangs', async () => {
  const onDeleted = vi.fn()
  const { user, list } = await listThenHang(
    <DeleteConnectorDialog
      open
      onOpenChange={() => {}}
      scope={scope()}
      connector={datadog}
      onDeleted={onDeleted}
    />,
  )
  const dialog = screen.getByRole('dialog', { name: 'Delete Datadog?' })
  // Enabled once the dialog has read where the connector is used (nowhere).
  const remove = within(dialog).getByRole('button', { name: /^Delete from/ })
  await waitFor(() => expect(remove).toBeEnabled())
  await user.click(remove)
  await waitFor(() => expect(onDeleted).toHaveBeenCalled())
  expect(within(list).queryByText('Datadog')).toBeNull()
})

function CreateButton({ onDone }: { onDone: (identifier: string) => void }) {
  const create = useCreateConnector(scope())
  const connector = db().connectors.find((c) => c.response.connector.identifier === 'datadog')!
    .response.connector
  return (
    <button
      onClick={() =>
        void create
          .mutateAsync({ ...connector, identifier: 'datadog_2', name: 'Datadog 2' })
          .then((r) => onDone(r.connector.identifier))
      }
    >
      Create
    </button>
  )
}

test('a create resolves at once and its detail is cached, while the list read hangs', async () => {
  const onDone = vi.fn()
  const { user, queryClient } = await listThenHang(<CreateButton onDone={onDone} />)
  await user.click(screen.getByRole('button', { name: 'Create' }))
  await waitFor(() => expect(onDone).toHaveBeenCalledWith('datadog_2'))
  expect(
    queryClient.getQueryData(connectorQueries.detail(scope(), 'datadog_2').queryKey)?.connector
      .name,
  ).toBe('Datadog 2')
})
