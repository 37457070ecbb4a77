import { screen, waitFor, within } from '@testing-library/react'

import { db } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

import { DelegatesPage } from './delegates-page'

// The seeded account: k8s-prod-east connected, helm-staging partially connected, docker-build-01
// and ecs-legacy disconnected; the last two run versions behind the latest supported one.
const NAMES = ['k8s-prod-east', 'helm-staging', 'docker-build-01', 'ecs-legacy']
const shownGroups = () =>
  within(screen.getByRole('table', { name: 'Delegate groups' }))
    .getAllByRole('link')
    .map((a) => a.textContent)
const counts = () => screen.getByRole('group', { name: 'Delegate groups at this scope' })
const count = (name: RegExp) => within(counts()).getByRole('button', { name })

test('a deep link filters on load; the counts stay those of the whole scope', async () => {
  renderWithApp(<DelegatesPage />, { path: '/delegates?status=disconnected&type=DOCKER' })
  await waitFor(() => expect(shownGroups()).toEqual(['docker-build-01']))
  expect(screen.getByLabelText('Status')).toHaveValue('disconnected')
  expect(screen.getByLabelText('Type')).toHaveValue('DOCKER')
  expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 groups')
  expect(counts()).toHaveTextContent('4 groups')
  expect(count(/^1 connected$/)).toHaveAttribute('aria-pressed', 'false')
  expect(count(/^1 partially connected$/)).toHaveAttribute('aria-pressed', 'false')
  expect(count(/^2 disconnected$/)).toHaveAttribute('aria-pressed', 'true')
  await waitFor(() => expect(count(/^2 behind on version$/)).toBeEnabled())
})

test('values the console does not know are ignored', async () => {
  renderWithApp(<DelegatesPage />, {
    path: '/delegates?status=sleeping&type=<b>&behind=yes&q=',
  })
  await waitFor(() => expect(shownGroups()).toEqual(NAMES))
  expect(screen.getByLabelText('Status')).toHaveValue('')
  expect(screen.getByLabelText('Type')).toHaveValue('')
  expect(screen.getByLabelText('Behind on version only')).not.toBeChecked()
  expect(screen.queryByRole('button', { name: /Clear filters/ })).not.toBeInTheDocument()
})

test('clicking a count filters on it, in the URL; clicking it again clears it', async () => {
  const { user, router } = renderWithApp(<DelegatesPage />, { path: '/delegates' })
  await waitFor(() => expect(shownGroups()).toHaveLength(4))
  await user.click(count(/^1 partially connected$/))
  await waitFor(() => expect(shownGroups()).toEqual(['helm-staging']))
  expect(router.state.location.search).toBe('?status=partially-connected')
  expect(count(/partially connected/)).toHaveAttribute('aria-pressed', 'true')
  expect(screen.getByLabelText('Status')).toHaveValue('partially-connected')
  await user.click(count(/partially connected/))
  await waitFor(() => expect(shownGroups()).toHaveLength(4))
  expect(router.state.location.search).toBe('')

  await waitFor(() => expect(count(/behind on version/)).toBeEnabled())
  await user.click(count(/behind on version/))
  await waitFor(() => expect(shownGroups()).toEqual(['docker-build-01', 'ecs-legacy']))
  expect(router.state.location.search).toBe('?behind=1')
  const latest = db().latestDelegateVersion
  const table = screen.getByRole('table', { name: 'Delegate groups' })
  expect(within(table).getAllByText('Upgrade needed')).toHaveLength(2)
  expect(within(table).getAllByText(`(latest supported ${latest})`)).toHaveLength(2)
  // The old ECS image reaches End of Support within the month.
  expect(within(table).getByText(/^Expires in \d+ days?$/)).toBeInTheDocument()
})

test('search matches names and selectors; each name links to its group', async () => {
  const { user, router } = renderWithApp(<DelegatesPage />, { path: '/delegates' })
  await waitFor(() => expect(shownGroups()).toHaveLength(4))
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'EKS')
  await waitFor(() => expect(shownGroups()).toEqual(['k8s-prod-east']))
  expect(router.state.location.search).toBe('?q=EKS')
  expect(screen.getByRole('link', { name: 'k8s-prod-east' })).toHaveAttribute(
    'href',
    '/delegates/groups/k8s_prod_east',
  )
  expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('EKS')
})

test('filters that leave nothing say so, and clearing them brings every group back', async () => {
  const { user, router } = renderWithApp(<DelegatesPage />, {
    path: '/delegates?status=connected&type=ECS&q=legacy',
  })
  expect(
    await screen.findByRole('heading', { name: 'No group matches these filters' }),
  ).toBeInTheDocument()
  expect(screen.getByText('None of the 4 delegate groups at this scope matches.')).toBeVisible()
  // The toolbar and the counts stay, so each filter can be undone on its own.
  expect(screen.getByRole('search', { name: 'Filter delegate groups' })).toBeInTheDocument()
  expect(counts()).toHaveTextContent('4 groups')
  await user.click(screen.getAllByRole('button', { name: /Clear filters/ }).at(-1)!)
  await waitFor(() => expect(shownGroups()).toEqual(NAMES))
  expect(router.state.location.search).toBe('')
  expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
})

test('an empty scope shows only its empty state: no counts, no toolbar', async () => {
  renderWithApp(<DelegatesPage />, { path: '/delegates?status=disconnected', seed: 'empty' })
  expect(
    await screen.findByRole('heading', { name: 'No delegates at this scope' }),
  ).toBeInTheDocument()
  expect(screen.queryByRole('search')).not.toBeInTheDocument()
  expect(screen.queryByRole('group', { name: /at this scope/ })).not.toBeInTheDocument()
  expect(screen.queryByText(/No group matches/)).not.toBeInTheDocument()
})

test('?group= shows one group, says so, and links to its page', async () => {
  const { user } = renderWithApp(<DelegatesPage />, { path: '/delegates?group=helm_staging' })
  await waitFor(() => expect(shownGroups()).toEqual(['helm-staging']))
  expect(screen.getByText(/Showing the delegate group/)).toHaveTextContent('helm-staging')
  expect(screen.getByRole('link', { name: 'Open helm-staging' })).toHaveAttribute(
    'href',
    '/delegates/groups/helm_staging',
  )
  await user.click(screen.getByRole('button', { name: 'Show all delegates' }))
  await waitFor(() => expect(shownGroups()).toEqual(NAMES))
})
