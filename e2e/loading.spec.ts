import config from '../playwright.config'
import { expect, openApp, test } from './fixtures'

const { managerPort } = config.metadata as { managerPort: number }

/**
 * index.html runs a small script that asks for the page's own files beside the entry
 * (scripts/vite-route-preload.ts), and preloads `/config.json`. The test holds the entry back: the
 * page's chunk must be asked for while the entry has not even arrived, which only that script does
 * (without it, the router asks for the page once the entry runs).
 */
const cases = [
  {
    // Not Delegate Tokens, Connectors or a connector's page: their frames are in the entry.
    backend: 'embedded mock',
    url: '/network',
    page: 'network',
    heading: 'Network',
  },
  {
    backend: 'Manager',
    url: `http://localhost:${managerPort}/sign-in`,
    page: 'sign-in',
    heading: 'Sign in to your Harness account',
  },
]

for (const { backend, url, page: chunk, heading } of cases) {
  test(`${backend}: a deep link asks for its page beside the entry, and reads the config once`, async ({
    page,
  }) => {
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    const configRequests: string[] = []
    let pageRequested!: () => void
    const pageAskedFor = new Promise<boolean>((resolve) => (pageRequested = () => resolve(true)))
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (pathname === '/config.json') configRequests.push(request.resourceType())
      if (pathname.startsWith(`/assets/${chunk}-`)) pageRequested()
    })
    let entryHeldUntilPage: boolean | undefined
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      entryHeldUntilPage = await Promise.race([
        pageAskedFor,
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
      ])
      await route.continue()
    })

    if (url.startsWith('http')) await page.goto(url)
    else await openApp(page, url)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()

    expect(entryHeldUntilPage, `the ${chunk} chunk was asked for before the entry arrived`).toBe(
      true,
    )
    // The app's own fetch of the config is answered by the preload, not sent again.
    expect(configRequests).toEqual(['other'])
    // Chromium warns about a preload nothing used, 3 s after the load event: wait that out.
    await page.waitForTimeout(3_500)
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([])
  })
}

test('a stored dark choice is on the page before the entry has run: no light flash first', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('delegate-console:theme', 'dark'))
  // The entry is held until the test has looked: only index.html's own script can have run.
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  void page.goto('/connectors')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('#root')).toBeEmpty()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

for (const { url, heading } of [
  { url: '/delegates/tokens', heading: 'Delegate Tokens' },
  { url: '/connectors', heading: 'Connectors' },
  { url: '/connectors/github_acme', heading: 'Connector' },
])
  test(`${url} paints its header from the entry alone, before any chunk of its own`, async ({
    page,
  }) => {
    // Every script but the entry (and index.html's own small script) is held back.
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      const { pathname } = new URL(route.request().url())
      if (!/\/assets\/(index|route-preload)-[\w-]+\.js$/.test(pathname)) await released
      await route.continue()
    })
    void page.goto(url)
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible()
    release()
    await expect(page.locator('html[data-backend="ready"]')).toBeAttached()
  })
