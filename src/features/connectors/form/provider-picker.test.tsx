import { screen, within } from '@testing-library/react'

import { NOT_CREATED_TYPES } from '@/catalog/not-created'
import type { CategoryId } from '@/catalog/types'
import { renderWithApp } from '@/test/render'

import { ProviderPicker } from './provider-picker'

function renderPicker(term = '', category: CategoryId = 'collaboration') {
  const picked: string[] = []
  const result = renderWithApp(
    <ProviderPicker
      category={category}
      term={term}
      onCategory={() => {}}
      onTerm={() => {}}
      onPick={(p) => picked.push(p.id)}
    />,
  )
  return { ...result, picked }
}

describe('ProviderPicker', () => {
  it('explains each connector type the console does not create, under its category', () => {
    const notCreated = (category: CategoryId) => {
      const { unmount } = renderPicker('', category)
      const list = screen.queryByRole('list', { name: 'Not created here' })
      const text = list?.textContent ?? ''
      const count = list ? within(list).getAllByRole('listitem').length : 0
      unmount()
      return { text, count }
    }
    expect(notCreated('secrets').text).toMatch(/Harness built-in secret manager\s*Local/)
    const cloud = notCreated('cloud')
    expect(cloud.text).toMatch(/CEAws.*Created from Cloud Costs setup/)
    for (const type of ['CEAws', 'CEAzure', 'CEK8sCluster', 'GcpCloudCost'])
      expect(cloud.text).toContain(type)
    expect(notCreated('code').text).toMatch(/Harness Code\s*Harness.*built-in connector/)
    expect(notCreated('collaboration').count).toBe(0)
    const all = (
      ['code', 'artifacts', 'cloud', 'secrets', 'observability', 'collaboration'] as const
    )
      .map((c) => notCreated(c).count)
      .reduce((a, b) => a + b, 0)
    expect(all).toBe(NOT_CREATED_TYPES.length)
  })

  it('lists Slack, Teams, Zoom and Confluence under collaboration, picked by keyboard', async () => {
    const { user, picked } = renderPicker()
    const grid = screen.getByRole('list', { name: 'Ticketing and collaboration providers' })
    for (const name of ['Slack', 'Microsoft Teams', 'Zoom', 'Confluence']) {
      const button = within(grid).getByRole('button', { name: new RegExp(`^${name}`) })
      expect(button).not.toHaveTextContent(/Guidance only/) // a real connector type now
    }
    within(grid)
      .getByRole('button', { name: /^Slack/ })
      .focus()
    await user.keyboard('{Enter}')
    expect(picked).toEqual(['slack'])
  })

  it('keeps to the types a search matches, and drops the list when none does', () => {
    const { unmount } = renderPicker('cloud costs')
    const list = screen.getByRole('list', { name: 'Not created here' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(4)
    unmount()
    renderPicker('github')
    expect(screen.queryByRole('list', { name: 'Not created here' })).not.toBeInTheDocument()
  })
})
