import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Shared fixtures. Every test fails on a console error or an unhandled rejection (issue 9), and
 * starts from a freshly seeded mock account (new browser context = empty localStorage).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        // Chromium logs every 4xx/5xx answer as "Failed to load resource"; those are the network,
        // not the app. Failed requests are asserted where they matter; app errors still fail here.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
      await use(errors)
      expect(errors, 'console errors and unhandled rejections').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Open a page of the console and wait until the app (and the mock worker) has rendered it. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path)
  // A cold load: the entry, the page's chunk, the service worker and the seeded mock. On a busy
  // machine that alone can take longer than one step's 15 s.
  const load = { timeout: 30_000 }
  await expect(page.getByRole('main')).toBeVisible(load)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(load)
  // The shell paints before the embedded mock is up; tests that drive the mock need it ready.
  await expect(page.locator('html[data-backend="ready"]')).toBeAttached(load)
}

/**
 * Wait until the page has finished loading what it shows: no skeleton and nothing marked busy.
 * This is what the user waits for; `networkidle` instead waits on polling and on the worker.
 */
export async function settled(page: Page) {
  await expect(page.locator('[data-skeleton], [aria-busy="true"]')).toHaveCount(0)
}

/**
 * An axe run over the page. Legacy mode runs axe inside the page itself: the default mode opens a
 * second page to merge the frames' results, which cost about a second a scan on this 2-core machine
 * and buys nothing here (the console has no iframes).
 */
export function axe(page: Page) {
  return new AxeBuilder({ page }).setLegacyMode(true)
}

/** axe over the page as it is now: no serious or critical WCAG 2.1 AA violation. */
export async function expectAccessible(page: Page, include?: string) {
  // Mid-way a transition's colours are neither theme's (a theme switch, a toast fading in): axe
  // scanned one on a busy machine and failed contrast. Wait for finite ones to end; spinners and
  // skeleton shimmer run forever and do not count.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  )
  let builder = axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(serious).toEqual([])
}

/** Drive the embedded mock from a test (fault switch, seeds) through its window handle. */
export async function mock<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, params]) => {
      const control = (
        window as unknown as { __mockManager: Record<string, (...a: unknown[]) => unknown> }
      ).__mockManager
      return control[name](...params) as T
    },
    [fn, args] as const,
  )
}
