import { act, screen, waitFor } from '@testing-library/react'

import { getProvider } from '@/catalog'
import { fromConnectorInfo } from '@/catalog/to-api'
import { db } from '@/mocks/db'
import { connectorFromSeed } from '@/mocks/seed'
import { connectorSeeds } from '@/mocks/seed-connectors'
import { renderWithApp } from '@/test/render'
import { reviewAndSave } from '@/test/review'

import { ConnectorWizard } from './connector-wizard'

/** Custom Health headers in the wizard: the keyValues rows, their messages, and the saved body. */
const customHealth = getProvider('custom-health')

function renderNew() {
  return renderWithApp(<ConnectorWizard provider={customHealth} />, {
    path: '/connectors/new?provider=custom-health',
  })
}
type User = ReturnType<typeof renderNew>['user']
/** The step's heading, once the wizard has moved focus to it (on the next frame). */
async function stepShown(name: string) {
  const heading = await screen.findByRole('heading', { name })
  await waitFor(() => expect(heading).toHaveFocus())
  return heading
}

const cont = (user: User) => user.click(screen.getByRole('button', { name: 'Continue' }))

async function toCredentials(user: User) {
  await user.type(screen.getByLabelText('Name'), 'Bugsnag API')
  await cont(user)
  await stepShown('Details')
  await user.type(screen.getByLabelText('Base URL'), 'https://api.bugsnag.com/')
  await user.type(screen.getByLabelText('Validation path'), 'user/organizations')
  await cont(user)
  await stepShown('Credentials')
}

describe('Custom Health headers', () => {
  it('adds an encrypted header, picked from the secrets, and saves it as a ref', async () => {
    const { user } = renderNew()
    await toCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Add header' }))
    expect(screen.getByLabelText('Header 1 name')).toHaveFocus()
    // A fresh row holds its messages back until focus leaves it.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50))) // the array's re-validation
    expect(screen.queryByText('Enter the header name')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Header 1 name'), 'Authorization')
    await user.click(screen.getByRole('checkbox', { name: 'Header 1 value is a secret' }))
    await user.click(screen.getByRole('combobox', { name: 'Header 1 secret' }))
    await user.click(await screen.findByRole('option', { name: /Datadog API key/ }))
    await user.click(screen.getByRole('button', { name: 'Add query parameter' }))
    await user.type(screen.getByLabelText('Query parameter 1 name'), 'per_page')
    await user.type(screen.getByLabelText('Query parameter 1 value'), '1')
    await cont(user)
    await screen.findByRole('heading', { name: 'Delegates' })
    await reviewAndSave(user)
    expect(await screen.findByRole('heading', { name: 'Connection test' })).toBeInTheDocument()
    const stored = db().connectors.find((c) => c.response.connector.identifier === 'Bugsnag_API')
      ?.response.connector
    expect(stored?.spec).toMatchObject({
      baseURL: 'https://api.bugsnag.com/',
      headers: [
        {
          key: 'Authorization',
          encryptedValueRef: 'account.datadog_api_key',
          valueEncrypted: true,
        },
      ],
      params: [{ key: 'per_page', value: '1', valueEncrypted: false }],
    })
  })

  it('shows what each row lacks at its own input, and keeps the step until fixed', async () => {
    const { user } = renderNew()
    await toCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Add header' }))
    await user.click(screen.getByRole('button', { name: 'Add header' }))
    await user.type(screen.getByLabelText('Header 1 name'), 'Accept')
    await user.type(screen.getByLabelText('Header 2 name'), 'accept')
    await user.click(screen.getByRole('checkbox', { name: 'Header 2 value is a secret' }))
    await cont(user)
    expect(await screen.findByText(/"accept" is already used/)).toBeInTheDocument()
    expect(screen.getByLabelText('Header 2 name')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(/Enter a value for this header/)).toBeInTheDocument()
    expect(screen.getByText("Choose the secret that holds this header's value")).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Credentials' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove header 2' }))
    expect(screen.getByLabelText('Header 1 name')).toHaveFocus()
    await user.type(screen.getByLabelText('Header 1 value'), 'application/json')
    await cont(user)
    expect(await screen.findByRole('heading', { name: 'Delegates' })).toBeInTheDocument()
  })

  it('shows a stored connector’s encrypted header when editing', async () => {
    const seed = connectorSeeds.find((c) => c.identifier === 'events_api_health')!
    const info = connectorFromSeed(seed, 0, () => 0.5).response.connector
    const { user } = renderWithApp(
      <ConnectorWizard
        provider={customHealth}
        existing={{ info, values: fromConnectorInfo(customHealth, info) }}
      />,
      { path: '/connectors/events_api_health/edit' },
    )
    await user.click(screen.getByRole('button', { name: /Credentials/ }))
    expect(screen.getByLabelText('Header 1 name')).toHaveValue('DD-API-KEY')
    expect(screen.getByRole('checkbox', { name: 'Header 1 value is a secret' })).toBeChecked()
    expect(
      await screen.findByDisplayValue('Datadog API key (account.datadog_api_key)'),
    ).toHaveAccessibleName('Header 1 secret')
    expect(screen.getByLabelText('Header 2 value')).toHaveValue('application/json')
  })
})
