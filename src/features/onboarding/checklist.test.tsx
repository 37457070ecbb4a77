import { screen, within } from '@testing-library/react'

import { renderWithApp } from '@/test/render'

import { OnboardingChecklist } from './checklist'

beforeEach(() => localStorage.clear())

const row = (name: RegExp) => screen.getByText(name).closest('li')!

describe('Getting-started checklist', () => {
  it('starts a brand-new account at 0 of 6, with the scope-and-cluster step first', async () => {
    renderWithApp(<OnboardingChecklist />, { seed: 'empty' })
    expect(await screen.findByText('0 of 6 done')).toBeInTheDocument()
    expect(row(/Choose scope and cluster/)).toHaveAttribute('aria-current', 'step')
    expect(screen.getByRole('progressbar', { name: 'Setup progress' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    )
  })

  it('derives steps from real data: the seeded account has its own token, a connected delegate, connectors and a passing test', async () => {
    const { user } = renderWithApp(<OnboardingChecklist />, { seed: 'default' })
    // A connected delegate proves the scope and cluster are set up: nothing asks to be saved.
    expect(await screen.findByText('6 of 6 done')).toBeInTheDocument()
    for (const title of [
      /Choose scope and cluster/,
      /Generate a delegate token/,
      /See the delegate connect/,
      /Test the connector/,
    ])
      expect(within(row(title)).getByText('(done)')).toBeInTheDocument()
    const scopeRow = row(/Choose scope and cluster/)
    expect(within(scopeRow).getByText('Prod1 (app.harness.io)')).toBeInTheDocument()
    expect(within(scopeRow).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
    expect(within(scopeRow).queryByRole('button', { name: /Skip/ })).not.toBeInTheDocument()
    // The cluster can still be changed, and cancelled.
    await user.click(within(scopeRow).getByRole('button', { name: 'Change the Harness cluster' }))
    await user.selectOptions(within(scopeRow).getByLabelText('Harness cluster'), 'eu')
    await user.click(within(scopeRow).getByRole('button', { name: 'Save' }))
    expect(await within(scopeRow).findByText('EU (accounts.eu.harness.io)')).toBeInTheDocument()
    expect(localStorage.getItem('delegate-console:cluster')).toBe('eu')
  })

  it('offers no restart on an account with nothing to restart', async () => {
    renderWithApp(<OnboardingChecklist />, { seed: 'empty' })
    await screen.findByText('0 of 6 done')
    expect(screen.queryByRole('button', { name: /Restart walkthrough/ })).not.toBeInTheDocument()
  })

  it('remembers the cluster, skips and restarts, in this browser only', async () => {
    const { user } = renderWithApp(<OnboardingChecklist />, { seed: 'empty' })
    await screen.findByText('0 of 6 done')
    await user.selectOptions(screen.getByLabelText('Harness cluster'), 'eu')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('1 of 6 done')).toBeInTheDocument()
    expect(localStorage.getItem('delegate-console:cluster')).toBe('eu')

    await user.click(screen.getByRole('button', { name: 'Skip: Generate a delegate token' }))
    expect(within(row(/Generate a delegate token/)).getByText('(skipped)')).toBeInTheDocument()
    expect(row(/Download an installer/)).toHaveAttribute('aria-current', 'step')

    await user.click(screen.getByRole('button', { name: /Restart walkthrough/ }))
    expect(within(row(/Generate a delegate token/)).getByText('(to do)')).toBeInTheDocument()
  })
})
