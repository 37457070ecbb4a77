import { screen, waitFor, within } from '@testing-library/react'

import { providerForType } from '@/catalog'
import { fromConnectorInfo } from '@/catalog/to-api'
import { ConnectorWizard } from '@/features/connectors/form/connector-wizard'
import { db, resetDb, update } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

/** The review before a save, in the wizard: nothing is sent before the confirm; a stale edit asks. */

const stored = () => db().connectors.find((c) => c.response.connector.identifier === 'dockerhub')!

function renderEdit() {
  const { connector: info, lastModifiedAt } = structuredClone(stored().response)
  const provider = providerForType(info.type)!
  const existing = { info, values: fromConnectorInfo(provider, info), modifiedAt: lastModifiedAt }
  return renderWithApp(<ConnectorWizard provider={provider} existing={existing} />, {
    path: '/connectors/dockerhub/edit',
  })
}
type User = ReturnType<typeof renderEdit>['user']

async function renameAndReview(user: User, name: string) {
  const field = screen.getByRole('textbox', { name: 'Name' })
  await user.clear(field)
  await user.type(field, name)
  for (const step of ['Details', 'Credentials', 'Delegates']) {
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: step })
  }
  await user.click(screen.getByRole('button', { name: 'Review changes' }))
  return screen.findByRole('dialog', { name: /^Review changes to/ })
}

/** Someone else edits the connector in Harness while the form is open. */
function editElsewhere(description: string) {
  update(() => {
    const c = stored().response
    c.connector = { ...c.connector, description }
    c.lastModifiedAt = (c.lastModifiedAt ?? 0) + 60_000
  })
}

describe('review before save', () => {
  // Each test edits the same seeded connector.
  beforeEach(() => resetDb('default'))

  it('shows each change, the scope and the reference, and sends nothing until confirmed', async () => {
    const before = structuredClone(stored().response.connector)
    const { user } = renderEdit()
    const review = await renameAndReview(user, 'Docker Hub mirror')
    expect(await within(review).findByRole('row', { name: /^name/ })).toHaveTextContent(
      `${before.name}Docker Hub mirror`,
    )
    expect(review).toHaveTextContent('The account')
    expect(review).toHaveTextContent('connectorRef: account.dockerhub')
    expect(within(review).getByLabelText('YAML changes')).toHaveTextContent(
      'name: Docker Hub mirror',
    )
    await user.click(within(review).getByRole('button', { name: 'Back to editing' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(stored().response.connector).toEqual(before)
    // The edit is still there.
    expect(screen.getByRole('heading', { name: 'Delegates' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const again = await screen.findByRole('dialog', { name: /^Review changes to/ })
    await user.click(await within(again).findByRole('button', { name: 'Save changes' }))
    await screen.findByRole('heading', { name: 'Connection test' })
    expect(stored().response.connector).toEqual({ ...before, name: 'Docker Hub mirror' })
  })

  it('keeps both edits when the connector changed in Harness meanwhile', async () => {
    const { user } = renderEdit()
    editElsewhere('Changed by a colleague')
    const review = await renameAndReview(user, 'Docker Hub mirror')
    expect(
      await within(review).findByText(/This connector changed in Harness since you opened it/),
    ).toBeInTheDocument()
    expect(within(review).getByRole('radio', { name: /Keep both changes/ })).toBeChecked()
    expect(review).toHaveTextContent('No field was changed by both.')
    await user.click(within(review).getByRole('button', { name: 'Save both changes' }))
    await screen.findByRole('heading', { name: 'Connection test' }, { timeout: 5000 })
    expect(stored().response.connector).toMatchObject({
      name: 'Docker Hub mirror',
      description: 'Changed by a colleague',
    })
  })

  it('lists a field both changed, and can overwrite theirs', async () => {
    const { user } = renderEdit()
    update(() => {
      const c = stored().response
      c.connector = { ...c.connector, name: 'Their name' }
      c.lastModifiedAt = (c.lastModifiedAt ?? 0) + 60_000
    })
    const review = await renameAndReview(user, 'My name')
    // Listed as changed by both (and again among the changes to their version).
    const rows = await within(review).findAllByRole('row', { name: /^name Their name My name$/ })
    expect(rows.length).toBeGreaterThan(0)
    await user.click(within(review).getByRole('radio', { name: /Overwrite with mine/ }))
    await user.click(within(review).getByRole('button', { name: 'Overwrite with mine' }))
    await screen.findByRole('heading', { name: 'Connection test' }, { timeout: 5000 })
    expect(stored().response.connector.name).toBe('My name')
  })

  it('drops the edit for their version when asked, without sending anything', async () => {
    const { user } = renderEdit()
    editElsewhere('Changed by a colleague')
    const modified = stored().response.lastModifiedAt
    const review = await renameAndReview(user, 'Docker Hub mirror')
    await user.click(await within(review).findByRole('radio', { name: /Drop my changes/ }))
    await user.click(
      within(review).getByRole('button', { name: 'Drop my changes and load theirs' }),
    )
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByLabelText(/^Description/)).toHaveValue('Changed by a colleague')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(
      stored().response.connector.name,
    )
    expect(stored().response.lastModifiedAt).toBe(modified)
  })
})
