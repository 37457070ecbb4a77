import { useQuery } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'

import { delegateQueries } from '@/api/queries/delegates'
import { db } from '@/mocks/db'
import { clearFaults, setFaults } from '@/mocks/faults'
import { gw } from '@/mocks/http'
import { server } from '@/mocks/node'
import { renderWithApp } from '@/test/render'

import { RevokeTokenDialog } from '../components/revoke-token-dialog'
import { GenerateTokenDialog } from '../tokens/generate-token-dialog'

/**
 * Issue 20: a token action reports when its own call ends. The token list read that follows it
 * hangs here (as it does while the Manager times out and the read retries for a minute); the
 * old mutations waited for it, so "Generating…" stayed on screen long after the POST failed.
 */
const scope = () => ({ accountId: db().account.identifier })

function TokenList() {
  const tokens = useQuery(delegateQueries.tokens(scope()))
  return (
    <ul aria-label="Tokens">
      {tokens.data?.map((t) => (
        <li key={t.name}>{`${t.name} ${t.status}`}</li>
      ))}
    </ul>
  )
}

/** Renders the list, waits for it, then makes every later list read hang. */
async function listThenHang(ui: React.ReactElement) {
  const app = renderWithApp(
    <>
      <TokenList />
      {ui}
    </>,
  )
  // Behind the modal dialog, so hidden from the accessibility tree.
  const list = await screen.findByRole('list', { name: 'Tokens', hidden: true })
  await within(list).findByText('eks_prod_token ACTIVE')
  server.use(http.get(gw('/ng/api/delegate-token-ng'), () => delay('infinite')))
  return { ...app, list }
}

afterEach(() => clearFaults())

test('a failed generate reports at once, while the list read after it hangs', async () => {
  const { user } = await listThenHang(
    <GenerateTokenDialog scope={scope()} open onOpenChange={() => {}} />,
  )
  const dialog = screen.getByRole('dialog')
  setFaults({
    rules: [{ path: '/ng/api/delegate-token-ng', method: 'POST', kind: 'status', status: 503 }],
  })
  await user.type(within(dialog).getByLabelText('Token name'), 'slow_manager')
  await user.click(within(dialog).getByRole('button', { name: 'Generate token' }))
  expect(await within(dialog).findByText(/The token was not created/)).toBeVisible()
  expect(within(dialog).getByRole('button', { name: 'Generate token' })).toBeEnabled()
})

test('a generated token is shown at once and joins the list without waiting for its refetch', async () => {
  const { user, list } = await listThenHang(
    <GenerateTokenDialog scope={scope()} open onOpenChange={() => {}} />,
  )
  const dialog = screen.getByRole('dialog')
  await user.type(within(dialog).getByLabelText('Token name'), 'fresh_one')
  await user.click(within(dialog).getByRole('button', { name: 'Generate token' }))
  expect(await within(dialog).findByLabelText('Value of fresh_one')).toBeVisible()
  expect(within(list).getByText('fresh_one ACTIVE')).toBeInTheDocument()
})

test('a revoke reports at once and the list shows the token revoked, while the list read hangs', async () => {
  const onClose = vi.fn()
  const { user, list } = await listThenHang(
    <RevokeTokenDialog scope={scope()} name="eks_prod_token" onClose={onClose} />,
  )
  const dialog = await screen.findByRole('dialog', { name: 'Revoke eks_prod_token?' })
  await within(dialog).findByText('1 delegate group will be disconnected:')
  await user.click(within(dialog).getByRole('button', { name: 'Revoke eks_prod_token' }))
  await waitFor(() => expect(onClose).toHaveBeenCalled())
  expect(within(list).getByText('eks_prod_token REVOKED')).toBeInTheDocument()
})

test('a failed revoke reports at once, while the list read hangs', async () => {
  const onClose = vi.fn()
  const { user } = await listThenHang(
    <RevokeTokenDialog scope={scope()} name="eks_prod_token" onClose={onClose} />,
  )
  const dialog = await screen.findByRole('dialog', { name: 'Revoke eks_prod_token?' })
  await within(dialog).findByText('1 delegate group will be disconnected:')
  setFaults({
    rules: [{ path: '/ng/api/delegate-token-ng', method: 'PUT', kind: 'status', status: 500 }],
  })
  await user.click(within(dialog).getByRole('button', { name: 'Revoke eks_prod_token' }))
  expect(await within(dialog).findByText(/The token was not revoked/)).toBeVisible()
  expect(onClose).not.toHaveBeenCalled()
})
