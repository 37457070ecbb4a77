import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'

import { resetDb } from '@/mocks/db'

/** A fresh QueryClient per test, no retries, so failures show at once (TkDodo). */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  })
}

/**
 * Render a component inside the app's providers and a memory router at `path`; the mock Manager
 * (MSW in Node) serves the network, freshly seeded.
 */
export function renderWithApp(
  ui: ReactElement,
  {
    path = '/',
    seed = 'default',
    ...options
  }: { path?: string; seed?: 'default' | 'empty' | 'large' } & RenderOptions = {},
) {
  resetDb(seed)
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] })
  const user = userEvent.setup()
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
    options,
  )
  return { ...result, user, queryClient, router }
}
