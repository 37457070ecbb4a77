import { act, screen } from '@testing-library/react'

import { renderWithApp } from '@/test/render'

import { useUrlParams } from './use-url-params'

function Filters() {
  const [params, update] = useUrlParams()
  return (
    <>
      <output aria-label="search">{params.toString()}</output>
      {/* Two changes before React renders again: clear the search, then pick a status. */}
      <button
        type="button"
        onClick={() => {
          update((next) => next.delete('q'), { replace: true })
          update((next) => next.set('status', 'failure'), { replace: true })
        }}
      >
        Clear search, show failures
      </button>
      <button type="button" onClick={() => update({ page: '2' })}>
        Page 2
      </button>
    </>
  )
}

describe('useUrlParams', () => {
  it('builds a change on the one before it, even before the URL shows that one', async () => {
    const { user, router } = renderWithApp(<Filters />, { path: '/connectors?org=default&q=eks' })
    await user.click(screen.getByRole('button', { name: 'Clear search, show failures' }))
    expect(router.state.location.search).toBe('?org=default&status=failure')
    expect(screen.getByRole('status', { name: 'search' })).toHaveTextContent(
      'org=default&status=failure',
    )
  })

  it('builds on a navigation from elsewhere, such as Back', async () => {
    const { user, router } = renderWithApp(<Filters />, { path: '/connectors?q=eks' })
    await user.click(screen.getByRole('button', { name: 'Clear search, show failures' }))
    await act(() => router.navigate('/connectors?type=Github'))
    await user.click(screen.getByRole('button', { name: 'Page 2' }))
    expect(router.state.location.search).toBe('?type=Github&page=2')
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('?type=Github')
  })
})
