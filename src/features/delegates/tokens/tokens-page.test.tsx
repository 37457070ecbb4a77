import { screen } from '@testing-library/react'

import { update } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

import { TokensPage } from './tokens-page'

test('"0 delegate groups" is plain text; a count above zero links to the delegates using it', async () => {
  renderWithApp(<TokensPage />, { path: '/delegates/tokens' })
  // A token no delegate uses yet (renderWithApp seeds a fresh db; the list is read after this).
  update(
    (db) =>
      void db.tokens.push({
        ...db.tokens[0],
        uuid: 'unused',
        name: 'unused_token',
        status: 'ACTIVE',
      }),
  )
  const zero = await screen.findAllByText('0 delegate groups', undefined, { timeout: 5000 })
  for (const cell of zero) expect(cell.closest('a')).toBeNull()
  expect(screen.queryByRole('link', { name: /^0 delegate groups/ })).not.toBeInTheDocument()
  const used = await screen.findAllByRole('link', { name: /^[1-9]\d* delegate groups? using / })
  expect(used[0]).toHaveAttribute('href', expect.stringMatching(/\/delegates\?.*token=/))
})

test('a scope with no tokens shows the empty state alone, without filters above it', async () => {
  renderWithApp(<TokensPage />, { path: '/delegates/tokens' })
  update((db) => void (db.tokens = []))
  expect(
    await screen.findByRole(
      'heading',
      { name: 'No delegate tokens at this scope' },
      { timeout: 5000 },
    ),
  ).toBeInTheDocument()
  expect(screen.queryByRole('search', { name: 'Filter tokens' })).not.toBeInTheDocument()
})
