import type { Page } from '@playwright/test'

import { expect, expectAccessible, mock, openApp, settled, test } from './fixtures'

/**
 * A flaky network (issue 25): the lists keep what they loaded, with its age, under a banner that
 * says the Manager cannot be reached; reads come back with back-off once it answers again; a
 * write that got no answer says it may have happened, and one made offline says nothing was sent.
 * The mock's fault switch drops the connection; the page's clock moves the lists' polling on.
 */

const banner = (page: Page) => page.locator('[data-connection]').filter({ hasText: /Cannot reach/ })

async function dropAndRestore(
  page: Page,
  { path, what, pollMs, rows }: { path: string; what: string; pollMs: number; rows: string },
) {
  await mock(page, 'setFaults', { rules: [{ path, kind: 'network' }] })
  // The next poll, and the query's three retries with back-off.
  await page.clock.runFor(pollMs + 10_000)
  await expect(banner(page)).toContainText('Cannot reach the embedded demo Manager')
  const stale = page.getByRole('status').filter({ hasText: `Could not refresh the ${what}` })
  await expect(stale).toContainText(/Showing what was loaded/)
  // What was on screen stays readable.
  await expect(page.getByRole('main').getByRole('link', { name: rows, exact: true })).toBeVisible()
  await expectAccessible(page)

  await recover(page)
  await expect(stale).toHaveCount(0)
}

/**
 * The Manager answers again: "Try now" brings the console back, unless the banner's own back-off
 * retry (2 s doubling to 30 s, on the real clock once runFor returns) got there first: on a busy
 * machine it did, the button left the page under the click, and the click waited for it until the
 * test's limit. Either way the banner must go; retryNow itself is unit-tested (connection.test.ts).
 */
async function recover(page: Page) {
  await mock(page, 'clearFaults')
  await expect(async () => {
    const tryNow = banner(page).getByRole('button', { name: 'Try now' })
    if (await tryNow.isVisible()) await tryNow.click({ timeout: 2_000 })
    await expect(banner(page)).toHaveCount(0, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

// One page a test, so a failure names the page and each has the whole limit.
test('Connectors keep their rows when the Manager drops, then recover', async ({ page }) => {
  test.setTimeout(90_000)
  await page.clock.install()
  await openApp(page, '/connectors')
  await settled(page)
  await dropAndRestore(page, {
    path: '/ng/api/connectors/listV2',
    what: 'connectors',
    pollMs: 30_000,
    rows: 'Azure Key Vault',
  })
})

test('Delegates keep their rows when the Manager drops, then recover', async ({ page }) => {
  test.setTimeout(90_000)
  await page.clock.install()
  await openApp(page, '/delegates')
  await settled(page)
  await dropAndRestore(page, {
    path: '/api/setup/delegates/ng/v2',
    what: 'delegates',
    pollMs: 20_000,
    rows: 'k8s-prod-east',
  })
})

test('Tokens on a phone in the dark: a refresh that fails on return keeps the list', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.clock.install()
  await openApp(page, '/delegates/tokens')
  await settled(page)
  await mock(page, 'setFaults', { rules: [{ path: '/ng/api/delegate-token-ng', kind: 'network' }] })
  // Stale after 15 s: back on the page, the list is read again, and that read fails.
  await page.clock.runFor(20_000)
  // Away and back inside the app (on a phone the pages are behind Menu).
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('link', { name: 'Installers' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Installers' })).toBeVisible()
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('link', { name: 'Delegate Tokens' }).click()
  await page.clock.runFor(10_000)
  await expect(banner(page)).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: 'Could not refresh the delegate tokens' }),
  ).toBeVisible()
  await expect(page.getByRole('main').getByText('eks_prod_token', { exact: true })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(page)
  await mock(page, 'clearFaults')
  // The back-off retry brings it back without a click.
  await page.clock.runFor(5_000)
  await expect(banner(page)).toHaveCount(0)
})

test('a write without an answer may have happened; offline, nothing is sent', async ({
  page,
  context,
}) => {
  await openApp(page, '/delegates/tokens')
  await settled(page)
  await mock(page, 'setFaults', {
    rules: [{ path: '/ng/api/delegate-token-ng', method: 'POST', kind: 'network', times: 1 }],
  })
  await page.getByRole('button', { name: 'Generate token' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Generate a delegate token' })
  await dialog.getByRole('textbox', { name: 'Token name' }).fill('flaky_token')
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await expect(dialog).toContainText(/cannot tell whether the change was made/)
  // What was typed is still there.
  await expect(dialog.getByRole('textbox', { name: 'Token name' })).toHaveValue('flaky_token')

  await context.setOffline(true)
  await expect(
    page.locator('[data-connection]').filter({ hasText: 'You are offline.' }),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await expect(dialog).toContainText(/browser is offline, so nothing was sent and nothing changed/)
  await context.setOffline(false)
  await expect(
    page.locator('[data-connection]').filter({ hasText: 'You are offline.' }),
  ).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await expect(page.getByRole('dialog', { name: 'Token flaky_token generated' })).toBeVisible()
})

test('a Manager that stops answering (timeouts) is unreachable too; the delegates stay', async ({
  page,
}) => {
  test.setTimeout(90_000)
  // Time out after 1 s instead of 30 s (as fault-injection.spec.ts does), on the context so the
  // mock's service worker gets it too.
  await page
    .context()
    .route('**/config.json', (route) =>
      route.fulfill({ json: { backend: 'mock', requestTimeoutMs: 1000 } }),
    )
  await page.clock.install()
  await openApp(page, '/delegates')
  await settled(page)
  // Every call hangs: any answer at all would mean the Manager is reachable.
  await mock(page, 'setFaults', { rules: [{ path: '/', kind: 'timeout' }] })
  // The poll, then each try waits out its 1 s (real time) before the next back-off step; the
  // list says so once its own read has used up its retries.
  const stale = page.getByText('Could not refresh the delegates')
  await expect
    .poll(
      async () => {
        await page.clock.runFor(5_000)
        return (await banner(page).count()) + (await stale.count())
      },
      { timeout: 60_000, intervals: [1_500] },
    )
    .toBe(2)
  await expect(page.getByText(/took too long/).first()).toBeVisible()
  await expect(
    page.getByRole('main').getByRole('link', { name: 'helm-staging', exact: true }),
  ).toBeVisible()
  await recover(page)
})
