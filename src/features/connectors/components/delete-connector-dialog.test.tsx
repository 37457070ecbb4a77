import { screen, waitFor, within } from '@testing-library/react'

import { db, update } from '@/mocks/db'
import { clearFaults, setFaults } from '@/mocks/faults'
import { renderWithApp } from '@/test/render'

import { DeleteConnectorDialog } from './delete-connector-dialog'

/**
 * The delete dialog shows where a connector is used before anything is deleted, and follows the
 * Manager's rule: in use means no plain delete, only a force delete the account must allow.
 */
const account = () => db().account.identifier
const exists = (identifier: string) =>
  db().connectors.some((c) => c.response.connector.identifier === identifier)

function open(connector: { name: string; identifier: string }, scope = { accountId: account() }) {
  const onDeleted = vi.fn()
  const app = renderWithApp(
    <DeleteConnectorDialog
      open
      onOpenChange={() => {}}
      scope={scope}
      connector={{ ...connector, orgIdentifier: null }}
      onDeleted={onDeleted}
    />,
  )
  const dialog = screen.getByRole('dialog', { name: `Delete ${connector.name}?` })
  return { ...app, dialog, onDeleted }
}

const github = { name: 'GitHub acme', identifier: 'github_acme' }
const forceBox = (dialog: HTMLElement) =>
  within(dialog).getByRole('checkbox', { name: /Force delete/ })
const forceButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Delete anyway (force)' })

afterEach(() => clearFaults())

test('an unused connector: checking, then "not used", then a plain delete', async () => {
  const { dialog, user, onDeleted } = open({ name: 'Datadog', identifier: 'datadog' })
  expect(within(dialog).getByText('Checking where it is used…')).toBeInTheDocument()
  const remove = within(dialog).getByRole('button', { name: 'Delete from the account' })
  expect(remove).toBeDisabled()
  expect(await within(dialog).findByText(/Not used anywhere Harness knows of/)).toBeInTheDocument()
  expect(within(dialog).queryByRole('checkbox')).toBeNull()
  await user.click(remove)
  await waitFor(() => expect(onDeleted).toHaveBeenCalled())
  expect(exists('datadog')).toBe(false)
})

test('a connector in use: its usages by kind with scope, and force delete behind a checkbox', async () => {
  const { dialog, user, onDeleted } = open(github)
  expect(await within(dialog).findByText(/Used by 4 entities/)).toBeInTheDocument()
  const pipelines = within(dialog).getByRole('region', { name: /Pipelines/ })
  expect(
    within(pipelines)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Build and push checkoutbuild_checkout · Project default / ci_builds',
    'Deploy payments APIdeploy_payments_api · Project payments / checkout',
  ])
  expect(within(dialog).getByRole('region', { name: /Services/ })).toHaveTextContent('Checkout API')
  expect(within(dialog).getByRole('region', { name: /Templates/ })).toHaveTextContent('Account')
  // No plain delete: the Manager would refuse it.
  expect(within(dialog).queryByRole('button', { name: /^Delete from/ })).toBeNull()
  expect(forceButton(dialog)).toBeDisabled()
  expect(forceBox(dialog)).toHaveAccessibleDescription(/pipelines that use it fail/)
  expect(await within(dialog).findByText(/This account allows it/)).toBeInTheDocument()

  await user.click(forceBox(dialog))
  await user.click(forceButton(dialog))
  await waitFor(() => expect(onDeleted).toHaveBeenCalled())
  expect(exists('github_acme')).toBe(false)
})

test('force delete off for the account: the checkbox is unavailable and says why', async () => {
  const { dialog } = open(github)
  update((d) => void (d.settings.enable_force_delete = 'false'))
  expect(await within(dialog).findByText(/This account does not allow it/)).toBeInTheDocument()
  expect(forceBox(dialog)).toBeDisabled()
  expect(forceButton(dialog)).toBeDisabled()
  expect(dialog).toHaveTextContent('Account Settings › Default Settings › General')
})

test('a refused force delete is said in words; the choice stays and the setting is read again', async () => {
  const { dialog, user, onDeleted } = open(github)
  await within(dialog).findByText(/This account allows it/)
  await user.click(forceBox(dialog))
  // An admin turns force delete off while the dialog is open.
  update((d) => void (d.settings.enable_force_delete = 'false'))
  await user.click(forceButton(dialog))
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(
    /refused the force delete, and nothing was deleted: “Parameter forcedDelete cannot be true/,
  )
  expect(forceBox(dialog)).toBeChecked()
  expect(await within(dialog).findByText(/This account does not allow it/)).toBeInTheDocument()
  expect(onDeleted).not.toHaveBeenCalled()
  expect(exists('github_acme')).toBe(true)
})

test('usages that fail to load: a retry, and a plain delete the Manager refuses, in words', async () => {
  setFaults({
    rules: [{ path: '/ng/api/entitySetupUsage', kind: 'status', status: 500, times: 2 }],
  })
  const { dialog, user } = open(github)
  expect(await within(dialog).findByText(/Could not check where it is used/)).toBeInTheDocument()
  await user.click(within(dialog).getByRole('button', { name: 'Try again' }))
  await within(dialog).findByText(/Could not check where it is used/)
  // The Manager still applies its rule; its answer brings the usages back.
  await user.click(within(dialog).getByRole('button', { name: 'Delete from the account' }))
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(
    'The Manager did not delete it because other entities refer to it: “Could not delete the connector github_acme as it is referenced by other entities”.',
  )
  expect(await within(dialog).findByText(/Used by 4 entities/)).toBeInTheDocument()
  expect(forceBox(dialog)).not.toBeChecked()
  expect(exists('github_acme')).toBe(true)
})
