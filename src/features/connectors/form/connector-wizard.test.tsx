import { screen, waitFor, within } from '@testing-library/react'

import { getProvider } from '@/catalog'
import { db } from '@/mocks/db'
import { clearFaults, setFaults } from '@/mocks/faults'
import { renderWithApp } from '@/test/render'
import { reviewAndSave } from '@/test/review'

import { ConnectorWizard } from './connector-wizard'

const github = getProvider('github')

function renderWizard(path = '/connectors/new?provider=github') {
  return renderWithApp(<ConnectorWizard provider={github} />, { path })
}

type User = ReturnType<typeof renderWizard>['user']

/** Opens a secret field's combobox and clicks the option whose name matches. */
async function pickSecret(user: User, label: string, name: RegExp) {
  await user.click(screen.getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name }))
}
/** The step's heading, once the wizard has moved focus to it (on the next frame). */
async function stepShown(name: string) {
  const heading = await screen.findByRole('heading', { name })
  await waitFor(() => expect(heading).toHaveFocus())
  return heading
}

const cont = (user: User) => user.click(screen.getByRole('button', { name: 'Continue' }))

async function fillOverview(user: User, name = 'My GitHub') {
  await user.type(screen.getByLabelText('Name'), name)
  await cont(user)
  await stepShown('Details')
  await cont(user)
  await stepShown('Credentials')
}

async function fillCredentials(user: User) {
  await user.type(
    screen.getByLabelText('GitHub account or repository URL'),
    'https://github.com/acme',
  )
  await user.type(screen.getByLabelText('Username'), 'octo')
  await pickSecret(user, 'Personal access token', /GitHub PAT/)
}

afterEach(() => clearFaults())

describe('ConnectorWizard', () => {
  it('shows what is wrong at each field before moving on', async () => {
    const { user } = renderWizard()
    await cont(user)
    expect(await screen.findByText('Name is required')).toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('heading', { name: 'Overview' })).toBeInTheDocument()

    await user.type(screen.getByLabelText('Name'), 'x')
    await user.clear(screen.getByLabelText('Identifier'))
    await user.type(screen.getByLabelText('Identifier'), '9lives')
    await cont(user)
    expect(await screen.findByText(/Start with a letter or _/)).toBeInTheDocument()
  })

  it('derives the identifier from the name until the user edits it', async () => {
    const { user } = renderWizard()
    await user.type(screen.getByLabelText('Name'), 'GitHub (acme) 2')
    expect(screen.getByLabelText('Identifier')).toHaveValue('GitHub_acme_2')
    await user.type(screen.getByLabelText('Identifier'), '_x')
    await user.type(screen.getByLabelText('Name'), ' more')
    expect(screen.getByLabelText('Identifier')).toHaveValue('GitHub_acme_2_x')
  })

  it('asks the API whether the identifier is free at this scope, and refuses a taken one', async () => {
    const { user } = renderWizard()
    await user.type(screen.getByLabelText('Name'), 'github acme')
    expect(await screen.findByText(/already exists at this scope/)).toBeInTheDocument()
    await cont(user)
    expect(screen.getByRole('heading', { name: 'Overview' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Identifier'), '2')
    expect(await screen.findByText('Available at this scope.')).toBeInTheDocument()
  })

  it('creates the connector at the current scope, then tests it and shows its reference', async () => {
    const { user } = renderWizard('/connectors/new?provider=github&org=default')
    await fillOverview(user)
    await fillCredentials(user)
    await cont(user)
    await reviewAndSave(user)
    expect(await screen.findByRole('heading', { name: 'Connection test' })).toBeInTheDocument()
    expect(screen.getByText('connectorRef: org.My_GitHub')).toBeInTheDocument()
    expect(await screen.findByText(/Connection (successful|failed)/)).toBeInTheDocument()
    const stored = db().connectors.find((c) => c.response.connector.identifier === 'My_GitHub')
      ?.response.connector
    expect(stored).toMatchObject({
      orgIdentifier: 'default',
      projectIdentifier: null,
      type: 'Github',
    })
    expect(stored?.spec).toMatchObject({
      url: 'https://github.com/acme',
      authentication: { spec: { spec: { tokenRef: 'account.github_pat' } } },
    })
  })

  it('puts the server field errors on their fields and keeps everything typed', async () => {
    setFaults({
      rules: [
        {
          path: '/ng/api/connectors',
          method: 'POST',
          kind: 'status',
          status: 400,
          times: 1,
          fieldErrors: [
            { fieldId: 'spec.url', error: 'must not point at a private address' },
            { fieldId: 'spec.foo', error: 'is odd' },
          ],
        },
      ],
    })
    const { user } = renderWizard()
    await fillOverview(user, 'Kept name')
    await fillCredentials(user)
    await cont(user)
    await reviewAndSave(user)
    expect(await screen.findByText('must not point at a private address')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Credentials' })).toBeInTheDocument()
    expect(screen.getByText(/The connector was not saved/).parentElement).toHaveTextContent(
      'spec.foo: is odd',
    )
    expect(screen.getByLabelText('GitHub account or repository URL')).toHaveValue(
      'https://github.com/acme',
    )
    expect(screen.getByLabelText('Personal access token')).toHaveValue(
      'GitHub PAT (account.github_pat)',
    )
    await user.click(screen.getByRole('button', { name: /Overview/ }))
    expect(screen.getByLabelText('Name')).toHaveValue('Kept name')
  })

  it('lists the secrets visible at a project, written as account., org. or bare refs', async () => {
    const { user } = renderWizard('/connectors/new?provider=github&org=default&project=cd_platform')
    await fillOverview(user)
    await user.click(screen.getByRole('combobox', { name: 'Personal access token' }))
    const list = screen.getByRole('listbox', { name: /Personal access token/ })
    await within(list).findByRole('option', { name: /GitHub PAT/ })
    const values = within(list)
      .getAllByRole('option')
      .map((o) => o.lastChild?.textContent ?? '')
    expect(values).toEqual(
      expect.arrayContaining(['account.github_pat', 'org.gitlab_token', 'repo_deploy_token']),
    )
    expect(values).not.toContain('org.gcp_sa_key') // the payments org's secret is not visible here
    expect(values.some((v) => v.startsWith('project.'))).toBe(false)
  })

  it('needs selectors for a credential inherited from the delegate, and previews the matching delegates', async () => {
    const { user } = renderWithApp(<ConnectorWizard provider={getProvider('aws')} />, {
      path: '/connectors/new?provider=aws',
    })
    await user.type(screen.getByLabelText('Name'), 'aws inherit')
    await cont(user)
    await cont(user)
    await stepShown('Credentials')
    await cont(user)
    await screen.findByRole('heading', { name: 'Delegates' })
    await user.click(screen.getByRole('button', { name: 'Review and save' }))
    expect(await screen.findByText(/Add a delegate selector/)).toBeInTheDocument()
    // An invalid form never reaches the review.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(
      screen.getByRole('radio', { name: 'Only delegates with all of these selectors' }),
    )
    await user.type(screen.getByLabelText('Delegate selectors'), 'no-such-selector{Enter}')
    expect(await screen.findByText('No delegate matches these selectors')).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.queryByText(/Add a delegate selector/)).not.toBeInTheDocument(),
    )
  })

  it('asks no delegate selectors for a type without them (Slack), and sends none', async () => {
    const { user } = renderWithApp(<ConnectorWizard provider={getProvider('slack')} />, {
      path: '/connectors/new?provider=slack',
    })
    await user.type(screen.getByLabelText('Name'), 'Slack alerts')
    await cont(user)
    await stepShown('Details')
    await cont(user)
    await stepShown('Credentials')
    await pickSecret(user, 'Bot user token', /Jira API token/)
    await cont(user)
    await screen.findByRole('heading', { name: 'Delegates' })
    expect(screen.getByText(/takes no delegate selectors for Slack/)).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Delegate selectors')).not.toBeInTheDocument()
    await reviewAndSave(user)
    expect(await screen.findByRole('heading', { name: 'Connection test' })).toBeInTheDocument()
    const stored = db().connectors.find((c) => c.response.connector.identifier === 'Slack_alerts')
      ?.response.connector
    expect(stored?.type).toBe('Slack')
    expect(stored?.spec).toEqual({ apiAccessType: 'TOKEN', botUserTokenRef: 'account.jira_token' })
  })
})

describe('ConnectorWizard after a failed Continue', () => {
  it('clears the identifier message once the name derives a valid one', async () => {
    const { user } = renderWizard()
    await cont(user)
    // Empty, the identifier is required; the format rule is for what was typed.
    expect(await screen.findByText('Identifier is required')).toBeInTheDocument()
    expect(screen.queryByText(/Start with a letter or _/)).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Name'), 'Fixed')
    await waitFor(() =>
      expect(screen.queryByText('Identifier is required')).not.toBeInTheDocument(),
    )
    expect(screen.getByLabelText('Identifier')).toHaveValue('Fixed')
  })
})

it('moves on once a failed Overview is fixed', async () => {
  const { user } = renderWizard()
  await cont(user)
  await screen.findByText('Name is required')
  await user.type(screen.getByLabelText('Name'), 'Fixed later')
  await cont(user)
  expect(await screen.findByRole('heading', { name: 'Details' })).toBeInTheDocument()
})

it('clears a field message as soon as the field is fixed, after a failed Continue', async () => {
  const { user } = renderWizard()
  await cont(user)
  await screen.findByText('Name is required')
  await user.type(screen.getByLabelText('Name'), 'N')
  await waitFor(() => expect(screen.queryByText('Name is required')).not.toBeInTheDocument())
})
