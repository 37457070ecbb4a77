import { screen, within } from '@testing-library/react'

import { setFaults, clearFaults } from '@/mocks/faults'
import { update } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

import { NetworkPage } from './network-page'

afterEach(() => clearFaults())

describe('NetworkPage', () => {
  it('plans the Manager of the chosen cluster and every connector destination at the scope', async () => {
    renderWithApp(<NetworkPage />, {
      path: '/network?cluster=prod3&org=default&project=cd_platform',
    })
    const plan = await screen.findByRole('table', { name: 'Egress plan' })
    expect(within(plan).getByRole('row', { name: /^app3\.harness\.io/ })).toBeInTheDocument()
    // A project connector, and an account one inherited from the parent scope.
    expect(
      within(plan).getByRole('row', { name: /^git\.acme\.io HTTPS 443 Helm charts repo/ }),
    ).toBeInTheDocument()
    expect(
      within(plan).getByRole('row', { name: /^nexus\.corp\.invalid HTTPS 8081/ }),
    ).toBeInTheDocument()
  })

  it('explains the free tier empty allowlist', async () => {
    renderWithApp(<NetworkPage />, { path: '/network' })
    // renderWithApp seeds a fresh db; the allowlist request is answered after this synchronous change.
    update((db) => void (db.account.tier = 'free'))
    expect(
      await screen.findByRole('heading', { name: 'No Harness Cloud IPs for this account' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Free tier accounts receive an empty list/)).toBeInTheDocument()
  })

  it('shows the documented 403 troubleshooting', async () => {
    setFaults({ rules: [{ path: '/ci/ips/allowlist', kind: 'status', status: 403 }] })
    renderWithApp(<NetworkPage />, { path: '/network' })
    const alert = await screen.findByText(/Harness Cloud refused the request \(HTTP 403\)/)
    expect(alert.closest('[role="alert"]')).toHaveTextContent(
      'Verify the API key is valid and has access to Harness Cloud APIs.',
    )
  })
})
