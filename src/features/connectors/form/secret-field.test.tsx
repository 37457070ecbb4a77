import { screen, within } from '@testing-library/react'
import { useState } from 'react'

import { db } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

import { SecretField } from './secret-field'

function Harness({ type }: { type: 'SecretFile' | 'SecretText' }) {
  const [value, setValue] = useState('')
  return (
    <>
      <label htmlFor="key">Service account key</label>
      <SecretField
        id="key"
        label="Service account key"
        value={value}
        onChange={setValue}
        onBlur={() => {}}
        secretType={type}
      />
      <output aria-label="Chosen ref">{value}</output>
    </>
  )
}

const render = (type: 'SecretFile' | 'SecretText' = 'SecretText') =>
  renderWithApp(<Harness type={type} />, { path: '/connectors/new' })
const box = () => screen.getByRole('combobox', { name: 'Service account key' })
const active = () => document.getElementById(box().getAttribute('aria-activedescendant') ?? '')

describe('SecretField combobox', () => {
  it('is one combobox: arrows move the active option, Enter chooses it, Escape closes', async () => {
    const { user } = render()
    await screen.findByPlaceholderText('Search or choose a text secret')
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument()
    await user.click(box())
    await user.keyboard('{Escape}')
    expect(box()).toHaveAttribute('aria-expanded', 'false')

    await user.keyboard('{ArrowDown}')
    expect(box()).toHaveAttribute('aria-expanded', 'true')
    expect(box()).toHaveFocus()
    expect(active()).toHaveTextContent('GitHub PAT')
    await user.keyboard('{ArrowDown}')
    expect(active()).toHaveTextContent('Bitbucket password')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    // Wraps to the last option (the seed's newest text secret, stored in Vault).
    const options = screen.getAllByRole('option')
    expect(active()).toBe(options.at(-1))
    expect(active()).toHaveTextContent('Prod DB password')
    await user.keyboard('{ArrowDown}{Enter}')
    expect(screen.getByRole('status', { name: 'Chosen ref' })).toHaveTextContent(
      'account.github_pat',
    )
    expect(box()).toHaveAttribute('aria-expanded', 'false')
    expect(box()).toHaveValue('GitHub PAT (account.github_pat)')
    expect(box()).not.toHaveAttribute('aria-activedescendant')
  })

  it('filters as the admin types, and Escape restores the chosen secret', async () => {
    const { user } = render()
    await screen.findByPlaceholderText('Search or choose a text secret')
    await user.click(box())
    await user.keyboard('jira')
    const list = screen.getByRole('listbox', { name: 'Service account key: text secrets' })
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.firstChild?.textContent),
    ).toEqual(['Jira API token'])
    expect(active()).toHaveTextContent('Jira API token')
    await user.keyboard('{Enter}')
    expect(box()).toHaveValue('Jira API token (account.jira_token)')
    await user.keyboard('zzz')
    expect(screen.getByText('No text secret matches "Jira API token (account.jira_token)zzz".'))
    await user.keyboard('{Escape}')
    expect(box()).toHaveValue('Jira API token (account.jira_token)')
    expect(screen.getByRole('status', { name: 'Chosen ref' })).toHaveTextContent(
      'account.jira_token',
    )
  })

  it('offers a key-file field only file secrets, and says which were hidden and why', async () => {
    const { user } = render('SecretFile')
    await screen.findByPlaceholderText('Search or choose a file secret')
    await user.click(box())
    const options = within(screen.getByRole('listbox')).getAllByRole('option')
    expect(options.map((o) => o.firstChild?.textContent)).toEqual(['GCP Secret Manager key'])
    const others = db().secrets.filter(
      (s) => !s.secret.orgIdentifier && s.secret.type !== 'SecretFile',
    )
    const summary = screen.getByText(`${others.length} secrets hidden: not a file secret`)
    await user.click(summary)
    const texts = others.filter((s) => s.secret.type === 'SecretText').length
    expect(screen.getByText(/GitHub PAT/).closest('li')).toHaveTextContent(
      new RegExp(`^${texts} text secrets: GitHub PAT, Bitbucket password, `),
    )
    expect(screen.getByText(/Deploy SSH key/).closest('li')).toHaveTextContent(
      '1 SSH key: Deploy SSH key',
    )
  })
})
