import { screen, waitFor, within } from '@testing-library/react'

import { db } from '@/mocks/db'
import { clearFaults, setFaults } from '@/mocks/faults'
import { renderWithApp } from '@/test/render'

import { RevokeTokenDialog } from './revoke-token-dialog'

afterEach(() => clearFaults())

test('names the delegates that disconnect and the connectors left without a delegate, then revokes', async () => {
  const onClose = vi.fn()
  const onRevoked = vi.fn()
  const { user } = renderWithApp(
    <RevokeTokenDialog
      scope={{ accountId: db().account.identifier }}
      name="eks_prod_token"
      onClose={onClose}
      onRevoked={onRevoked}
    />,
  )
  const dialog = await screen.findByRole('dialog', { name: 'Revoke eks_prod_token?' })
  expect(await within(dialog).findByText('1 delegate group will be disconnected:')).toBeVisible()
  expect(within(dialog).getByText(/k8s-prod-east \(2 instances\)/)).toBeVisible()
  expect(within(dialog).getByText(/would be left with no connected delegate/)).toBeVisible()
  // An organization's connector relies on the account's delegates too.
  expect(within(dialog).getByText('GitLab infra in Default (selectors: prod)')).toBeVisible()
  await user.click(within(dialog).getByRole('button', { name: 'Revoke eks_prod_token' }))
  await waitFor(() => expect(onRevoked).toHaveBeenCalledWith('eks_prod_token'))
  expect(onClose).toHaveBeenCalled()
  expect(db().tokens.find((t) => t.name === 'eks_prod_token')?.status).toBe('REVOKED')
})

test('a failed revoke says so and keeps the dialog open', async () => {
  const onClose = vi.fn()
  const { user } = renderWithApp(
    <RevokeTokenDialog
      scope={{ accountId: db().account.identifier }}
      name="eks_prod_token"
      onClose={onClose}
    />,
  )
  setFaults({
    rules: [{ path: '/ng/api/delegate-token-ng', method: 'PUT', kind: 'status', status: 403 }],
  })
  const dialog = await screen.findByRole('dialog')
  await within(dialog).findByText('1 delegate group will be disconnected:')
  await user.click(within(dialog).getByRole('button', { name: 'Revoke eks_prod_token' }))
  expect(
    await within(dialog).findByText(/The token was not revoked\. You do not have permission/),
  ).toBeVisible()
  expect(onClose).not.toHaveBeenCalled()
})
