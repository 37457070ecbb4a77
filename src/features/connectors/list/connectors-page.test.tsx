import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import { CONNECTOR_TYPES } from '@/api/schemas/connector'
import { update } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

import { clearHealthStore } from '../health/history-store'
import { resetTestRunStore } from '../health/test-run-store'
import { ConnectorsPage } from './connectors-page'

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr')!

describe('ConnectorsPage', () => {
  beforeEach(() => {
    clearHealthStore()
    // The run is the app's: one from an earlier test would still be on show.
    resetTestRunStore()
  })

  it('filters by status from the URL through listV2', async () => {
    renderWithApp(<ConnectorsPage />, { path: '/connectors?status=failed' })
    expect(await screen.findByRole('link', { name: 'Datadog' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Docker Hub' })).not.toBeInTheDocument()
    expect(screen.getByLabelText('Status', { exact: true })).toHaveValue('failed')
    expect(screen.getByRole('button', { name: /Failed/, pressed: true })).toBeInTheDocument()
  })

  it('offers every connector type in the type filter, by provider name', async () => {
    const { user } = renderWithApp(<ConnectorsPage />, { path: '/connectors' })
    await screen.findByRole('link', { name: 'Slack releases' })
    const typeFilter = screen.getByLabelText('Type', { exact: true })
    const options = within(typeFilter).getAllByRole('option')
    expect(
      options
        .map((o) => o.getAttribute('value'))
        .filter(Boolean)
        .sort(),
    ).toEqual([...CONNECTOR_TYPES].sort())
    const label = (type: string) =>
      options.find((o) => o.getAttribute('value') === type)?.textContent
    expect(label('Github')).toBe('GitHub')
    expect(label('K8sCluster')).toBe('Kubernetes cluster')
    expect(label('MsTeams')).toBe('Microsoft Teams')
    expect(label('Local')).toBe('Harness built-in secret manager')
    for (const o of options) expect(o.textContent).not.toMatch(/^(K8sCluster|MsTeams|CEAws)$/)

    await user.selectOptions(screen.getByLabelText('Category', { exact: true }), 'COMMUNICATION')
    await waitFor(() =>
      expect(
        within(screen.getByLabelText('Type', { exact: true }))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Any type', 'Microsoft Teams', 'Slack', 'Zoom']),
    )
    expect(await screen.findByRole('link', { name: 'Slack releases' })).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Docker Hub' })).not.toBeInTheDocument(),
    )
  })

  it('runs a one-click test, shows the failed stage with port hints, and updates the row without a reload', async () => {
    const { user } = renderWithApp(<ConnectorsPage />, { path: '/connectors' })
    // Make Docker Hub unreachable (the mock's `.invalid` rule), after the render has seeded the db.
    update((db) => {
      const c = db.connectors.find((x) => x.response.connector.identifier === 'dockerhub')!
      c.response.connector.spec = {
        ...c.response.connector.spec,
        dockerRegistryUrl: 'https://registry.acme.invalid/v2/',
      }
    })
    await screen.findByRole('link', { name: 'Docker Hub' })
    expect(within(rowOf('Docker Hub')).getByText('Active')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Test Docker Hub' }))
    const dialog = await screen.findByRole('dialog', { name: 'Test: Docker Hub' })
    expect(
      await within(dialog).findByText(/Connection test failed: the endpoint was unreachable/),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('Connection:').closest('li')).toHaveAttribute(
      'data-state',
      'failed',
    )
    expect(within(dialog).getByRole('list', { name: 'Docker Registry ports' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(within(rowOf('Docker Hub')).getByText('Failed')).toBeInTheDocument())
    expect(
      within(rowOf('Docker Hub')).getByText(/Unable to connect to registry.acme.invalid/),
    ).toBeInTheDocument()
  })

  it('tests only the selected connectors and sums up what failed', async () => {
    const { user } = renderWithApp(<ConnectorsPage />, { path: '/connectors' })
    await user.click(await screen.findByRole('checkbox', { name: 'Select Docker Hub' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Datadog' }))
    await user.click(screen.getByRole('button', { name: 'Test selected (2)' }))
    expect(
      await screen.findByRole('heading', { name: 'Test run finished: 1 passed, 1 failed' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'What failed and why' })).toHaveTextContent(
      'The credentials were rejected (1 connector): Datadog',
    )
    expect(screen.getByRole('button', { name: 'Retry the failed ones (1)' })).toBeInTheDocument()
  })
})
