import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router'
import { delay, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { MOCK_ACCOUNT_ID } from '@/api/session'
import { TestRunIndicator } from '@/app/shell/test-run-indicator'
import { server } from '@/mocks/node'
import { resetDb } from '@/mocks/db'
import { createTestQueryClient } from '@/test/render'

import { ConnectorsPage } from '../list/connectors-page'
import { clearHealthStore } from './history-store'
import { runTestQueue, type QueueItem } from './test-queue'
import { getRun, resetTestRunStore } from './test-run-store'
import { startTestRun, streamTargets } from './use-test-all'

const account = { accountId: MOCK_ACCOUNT_ID }

beforeEach(() => {
  resetTestRunStore()
  clearHealthStore()
})
afterEach(() => resetTestRunStore())

describe('a test run streams what it tests', () => {
  it('starts testing the first page before it asks for the second', async () => {
    const log: string[] = []
    async function* pages() {
      for (let p = 0; p < 3; p++) {
        await Promise.resolve()
        log.push(`page ${p}`)
        yield {
          items: [0, 1].map((i) => ({ key: `${p}-${i}`, label: `C ${p}-${i}` })),
          total: 6,
        }
      }
    }
    const totals: number[] = []
    const summary = await runTestQueue<QueueItem>(
      pages(),
      (item) => {
        log.push(`test ${item.key}`)
        return Promise.resolve({ ok: item.key !== '1-1' })
      },
      { concurrency: 2, onProgress: (p) => totals.push(p.total) },
    )
    expect(log.slice(0, 3)).toEqual(['page 0', 'test 0-0', 'test 0-1'])
    expect(log.indexOf('page 1')).toBeGreaterThan(log.indexOf('test 0-0'))
    expect(totals.filter((t) => t > 0).every((t) => t === 6)).toBe(true)
    expect(summary).toMatchObject({ total: 6, done: 6, passed: 5, failed: 1, cancelled: 0 })
    expect(summary.failures.map((f) => f.item.key)).toEqual(['1-1'])
  })

  it('cancelled, it reads no further page and counts the unread ones as not run', async () => {
    const controller = new AbortController()
    let pagesRead = 0
    async function* pages() {
      for (let p = 0; p < 5; p++) {
        await Promise.resolve()
        pagesRead++
        yield { items: [{ key: `${p}`, label: `C ${p}` }], total: 5 }
      }
    }
    const summary = await runTestQueue<QueueItem>(
      pages(),
      () => {
        controller.abort()
        return Promise.reject(new Error('aborted'))
      },
      { concurrency: 1, signal: controller.signal },
    )
    expect(pagesRead).toBe(1)
    expect(summary).toMatchObject({ total: 5, done: 0, cancelled: 5 })
  })

  it('over a 5,000-connector account: the first test follows the first page of listV2', async () => {
    resetDb('large')
    const requests: string[] = []
    const record = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url)
      requests.push(pathname.includes('listV2') ? 'list' : pathname.includes('test') ? 'test' : '')
    }
    server.events.on('request:start', record)
    // Tests that never answer: the run stays at its first tests, as a slow delegate would keep it.
    server.use(http.post('*/ng/api/connectors/testConnection/:id', () => delay('infinite')))
    const queryClient = createTestQueryClient()
    try {
      const run = startTestRun(queryClient, account, (signal) =>
        streamTargets(queryClient, account, {}, signal),
      )
      await waitFor(() => expect(requests).toContain('test'))
      // The page the tests started from, and nothing more: the account has 50 such pages.
      expect(requests.slice(0, requests.indexOf('test'))).toEqual(['list'])
      const current = getRun()
      expect(current?.phase === 'running' && current.progress.total).toBeGreaterThan(4900)
      resetTestRunStore()
      await run
    } finally {
      server.events.removeListener('request:start', record)
    }
  })
})

/** The shell's parts that matter here: the header's run indicator above the routed page. */
function Shell() {
  return (
    <>
      <TestRunIndicator />
      <Link to="/network">Network</Link>
      <Outlet />
    </>
  )
}

describe('a test run at the app level', () => {
  // Seventeen tests, twice the failed ones, and the list rendered three times.
  it(
    'keeps going when the list is left, shows in the header, and its summary is there on return',
    { timeout: 30_000 },
    async () => {
      resetDb('default')
      const router = createMemoryRouter(
        [
          {
            path: '/',
            element: <Shell />,
            children: [
              { path: 'connectors', element: <ConnectorsPage /> },
              { path: 'network', element: <p>Network page</p> },
            ],
          },
        ],
        { initialEntries: ['/connectors'] },
      )
      const user = userEvent.setup()
      render(
        <QueryClientProvider client={createTestQueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>,
      )
      await screen.findByRole('link', { name: 'Datadog' })
      await user.click(screen.getByRole('button', { name: 'Test all' }))
      await user.click(screen.getByRole('link', { name: 'Network' }))
      expect(await screen.findByText('Network page')).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Test all' })).not.toBeInTheDocument()
      // The header names the scope and, at the end, what failed; the run went on without the list.
      const header = await screen.findByRole('link', { name: /Test run · Account: \d+ failed/ })
      expect(header).toHaveAttribute('href', '/connectors')
      expect(screen.getByRole('status')).toHaveTextContent(/Test run at Account finished/)

      await user.click(header)
      const summary = await screen.findByRole('heading', { name: /Test run finished: \d+ passed/ })
      const [, passed, failed] = (summary.textContent ?? '')
        .match(/(\d+) passed, (\d+) failed/)!
        .map(Number)
      expect(passed + failed).toBe(17)
      await user.click(screen.getByRole('button', { name: `Retry the failed ones (${failed})` }))
      expect(
        await screen.findByRole('heading', {
          name: `Test run finished: 0 passed, ${failed} failed`,
        }),
      ).toBeInTheDocument()
    },
  )
})

it('a run that found nothing to test says so in the header, not "all passed"', async () => {
  resetDb('default')
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter([{ path: '*', element: <TestRunIndicator /> }])
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  await startTestRun(queryClient, { accountId: MOCK_ACCOUNT_ID }, () => [])
  const header = await screen.findByRole('link', { name: /^Test run · Account:/ })
  expect(header).toHaveTextContent('nothing to test')
  expect(header).not.toHaveAttribute('data-tone', 'success')
})
