import { screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'

import { db } from '@/mocks/db'
import { clearFaults, setFaults } from '@/mocks/faults'
import { renderWithApp } from '@/test/render'

import { GenerateTokenDialog } from './generate-token-dialog'

const scope = { accountId: 'px7xd_BFRCi-pfWPYXVjvw' }

function Harness() {
  const [open, setOpen] = useState(true)
  return (
    <>
      <button onClick={() => setOpen(true)}>Open</button>
      <GenerateTokenDialog
        scope={{ ...scope, accountId: db().account.identifier }}
        open={open}
        onOpenChange={setOpen}
      />
    </>
  )
}

const setup = () => {
  const app = renderWithApp(<Harness />, { path: '/delegates/tokens' })
  const dialog = () => screen.getByRole('dialog')
  const submit = () => within(dialog()).getByRole('button', { name: 'Generate token' })
  return { ...app, dialog, submit }
}

afterEach(() => clearFaults())

test('the name is checked before anything is sent', async () => {
  const { user, dialog, submit } = setup()
  const before = db().tokens.length
  await user.click(submit())
  expect(await within(dialog()).findByText('Enter a name for the token.')).toBeVisible()
  await user.type(within(dialog()).getByLabelText('Token name'), 'has space')
  await user.click(submit())
  expect(await within(dialog()).findByText(/Use only letters, digits/)).toBeVisible()
  expect(within(dialog()).getByLabelText('Token name')).toHaveAttribute('aria-invalid', 'true')
  await user.clear(within(dialog()).getByLabelText('Token name'))
  await user.type(within(dialog()).getByLabelText('Token name'), 'a'.repeat(129))
  await user.click(submit())
  expect(await within(dialog()).findByText('Use at most 128 characters.')).toBeVisible()
  expect(db().tokens).toHaveLength(before)
})

test('an expiry in the past is refused at its field', async () => {
  const { user, dialog, submit } = setup()
  await user.type(within(dialog()).getByLabelText('Token name'), 'expiring_one')
  await user.type(within(dialog()).getByLabelText(/Revoke automatically on/), '2020-01-01')
  await user.click(submit())
  expect(
    await within(dialog()).findByText('Pick a date after today, or leave it empty.'),
  ).toBeVisible()
})

test('a duplicate name, even a revoked one, comes back at the field and the input is kept', async () => {
  const { user, dialog, submit } = setup()
  const name = within(dialog()).getByLabelText('Token name')
  await user.type(name, 'legacy_ecs_token')
  await user.click(submit())
  expect(
    await within(dialog()).findByText(/already exists here, or was revoked less than 30 days ago/),
  ).toBeVisible()
  expect(name).toHaveValue('legacy_ecs_token')
  expect(name).toHaveAttribute('aria-invalid', 'true')
})

test('server field errors land on their fields; other failures keep the form and say why', async () => {
  const { user, dialog, submit } = setup()
  setFaults({
    rules: [
      {
        path: '/ng/api/delegate-token-ng',
        method: 'POST',
        kind: 'status',
        status: 400,
        times: 1,
        fieldErrors: [{ fieldId: 'revokeAfter', error: 'must be in the future' }],
      },
    ],
  })
  await user.type(within(dialog()).getByLabelText('Token name'), 'field_errors')
  await user.click(submit())
  expect(await within(dialog()).findByText('must be in the future')).toBeVisible()

  setFaults({
    rules: [
      { path: '/ng/api/delegate-token-ng', method: 'POST', kind: 'status', status: 500, times: 1 },
    ],
  })
  await user.click(submit())
  expect(
    await within(dialog()).findByText(
      /The token was not created\. The Manager had a problem \(500\)/,
    ),
  ).toBeVisible()
  expect(within(dialog()).getByLabelText('Token name')).toHaveValue('field_errors')
})

test('a double-click creates one token; the value is shown, copied, and gone from every cache after closing', async () => {
  const { user, dialog, submit, queryClient } = setup()
  const before = db().tokens.length
  await user.type(within(dialog()).getByLabelText('Token name'), 'double_click')
  await user.dblClick(submit())
  const field = await within(dialog()).findByLabelText('Value of double_click')
  const value = (field as HTMLInputElement).value
  expect(value.length).toBeGreaterThan(30)
  expect(await within(dialog()).findByText('Copied to your clipboard.')).toBeVisible()
  expect(await navigator.clipboard.readText()).toBe(value)
  expect(within(dialog()).getByText(/the console shows it only here/)).toBeVisible()
  expect(within(dialog()).queryByText(/cannot retrieve/)).toBeNull()
  expect(dialog()).toHaveTextContent(/can copy it again\s+from the token list \(Copy value\)/)
  expect(db().tokens).toHaveLength(before + 1)

  await user.click(within(dialog()).getByRole('button', { name: 'Done' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(document.body.innerHTML).not.toContain(value)
  const cached = JSON.stringify([
    queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.state.data),
    queryClient
      .getMutationCache()
      .getAll()
      .map((m) => [m.state.data, m.state.variables]),
  ])
  expect(cached).not.toContain(value)
})

test('closing before the value was copied asks first, with a select-and-copy fallback', async () => {
  const { user, dialog, submit } = setup()
  const writeText = vi
    .spyOn(navigator.clipboard, 'writeText')
    .mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
  await user.type(within(dialog()).getByLabelText('Token name'), 'not_copied')
  await user.click(submit())
  expect(await within(dialog()).findByText(/did not let the console copy/)).toBeVisible()

  await user.keyboard('{Escape}')
  expect(within(dialog()).getByText(/You have not copied the token value/)).toBeVisible()
  await user.click(within(dialog()).getByRole('button', { name: 'Keep it open' }))
  expect(within(dialog()).getByRole('textbox', { name: 'Value of not_copied' })).toBeVisible()

  await user.click(within(dialog()).getByRole('button', { name: 'Done' }))
  await user.click(within(dialog()).getByRole('button', { name: 'Close without copying' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  writeText.mockRestore()
})

test('a close tried while the copy is on its way stops asking once the copy lands', async () => {
  const { user, dialog, submit } = setup()
  let land = () => {}
  const writeText = vi
    .spyOn(navigator.clipboard, 'writeText')
    .mockImplementation(() => new Promise<void>((resolve) => (land = resolve)))
  await user.type(within(dialog()).getByLabelText('Token name'), 'slow_copy')
  await user.click(submit())
  await within(dialog()).findByLabelText('Value of slow_copy')
  await user.keyboard('{Escape}')
  expect(within(dialog()).getByText(/You have not copied the token value/)).toBeVisible()

  land()
  expect(await within(dialog()).findByText('Copied to your clipboard.')).toBeVisible()
  // Never both: the warning goes, and Done is back.
  expect(within(dialog()).queryByText(/You have not copied/)).toBeNull()
  await user.click(within(dialog()).getByRole('button', { name: 'Done' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  writeText.mockRestore()
})
