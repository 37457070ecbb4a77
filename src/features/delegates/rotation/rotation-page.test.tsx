import { screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'

import { moveDelegate } from '@/mocks/delegates'
import { renderWithApp } from '@/test/render'

import { RotationPage } from './rotation-page'

const storedText = () =>
  Object.keys(localStorage)
    .map((k) => `${k}=${localStorage.getItem(k)}`)
    .join('\n')

const render = (token: string) =>
  renderWithApp(
    <Routes>
      <Route path="/delegates/tokens/:name/rotate" element={<RotationPage />} />
    </Routes>,
    { path: `/delegates/tokens/${token}/rotate` },
  )

beforeEach(() => {
  localStorage.clear()
  ;(window as unknown as { __mockManager: unknown }).__mockManager = { moveDelegate }
})
afterEach(() => delete (window as unknown as { __mockManager?: unknown }).__mockManager)

test('the walkthrough generates, moves each delegate, watches the old token empty, then revokes it', async () => {
  const { user } = render('eks_prod_token')
  const name = await screen.findByLabelText('Token name')
  await user.clear(name)
  await user.paste('eks_prod_next')
  await user.click(screen.getByRole('button', { name: 'Generate the new token' }))
  const value = (
    await screen.findByRole<HTMLInputElement>('textbox', { name: 'Value of eks_prod_next' })
  ).value

  const card = await screen.findByRole('region', { name: 'Update k8s-prod-east' })
  expect(within(card).getByLabelText('k8s-prod-east, step 1')).toHaveTextContent(
    `DELEGATE_TOKEN: ${value}`,
  )
  // The steps follow the manifest the console writes: a Secret, then a restart.
  expect(card).toHaveTextContent('the DELEGATE_TOKEN key of the Secret k8s-prod-east-account-token')
  expect(card).toHaveTextContent("kubectl rollout restart 'deployment/k8s-prod-east'")
  expect(screen.getByText(/still on eks_prod_token/)).toBeVisible()
  // Progress is stored for resuming; the value is not.
  expect(storedText()).toContain('eks_prod_next')
  expect(storedText()).not.toContain(value)

  await user.click(within(card).getByRole('button', { name: 'I have updated k8s-prod-east' }))
  expect(await screen.findByText('No delegate uses eks_prod_token any more.')).toBeVisible()

  await user.click(screen.getByRole('button', { name: 'Revoke eks_prod_token' }))
  const dialog = await screen.findByRole('dialog', { name: 'Revoke eks_prod_token?' })
  expect(await within(dialog).findByText('No delegate uses this token.')).toBeVisible()
  await user.click(within(dialog).getByRole('button', { name: 'Revoke eks_prod_token' }))
  expect(await screen.findByRole('heading', { name: 'Rotation complete' })).toBeVisible()
  // The Revoke button that opened the dialog is gone: focus goes to the way on, not <body>.
  await waitFor(() => expect(screen.getByRole('link', { name: 'See the tokens' })).toHaveFocus())
  expect(storedText()).not.toContain('eks_prod_next')
}, 20_000)

test('a revoked token is not offered for rotation', async () => {
  render('legacy_ecs_token')
  expect(await screen.findByRole('heading', { name: 'legacy_ecs_token is revoked' })).toBeVisible()
  expect(screen.queryByLabelText('Token name')).not.toBeInTheDocument()
})
