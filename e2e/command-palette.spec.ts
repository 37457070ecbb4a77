import type { Page } from '@playwright/test'

import { expect, expectAccessible, mock, openApp, settled, test } from './fixtures'

/**
 * The command palette and the keyboard shortcuts (issue 25), by keyboard only: Ctrl+K, type,
 * arrows and Enter. Only the setup of the `t` test (which row has focus) uses a locator's focus().
 */
const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' })
const field = (page: Page) => palette(page).getByRole('combobox')
const option = (page: Page, name: string | RegExp) => palette(page).getByRole('option', { name })

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k')
  await expect(field(page)).toBeFocused()
}

/** Types into the palette and waits until `name` is the chosen option (what Enter would run). */
async function search(page: Page, text: string, name: string | RegExp) {
  await page.keyboard.type(text)
  await expect(option(page, name).first()).toBeVisible()
}
const chosen = (page: Page) => palette(page).locator('[role="option"][aria-selected="true"]')

test('the palette is its own chunk, fetched on the first Ctrl+K and not with the first page', async ({
  page,
}) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await openApp(page, '/connectors')
  await settled(page)
  // What loads after the first paint (the menus, the toaster, the mock) has had its time.
  await expect(page.getByRole('button', { name: /Help/ })).toBeVisible()
  expect(requested.filter((path) => /command-palette|shortcuts-dialog/.test(path))).toEqual([])
  const chunk = page.waitForRequest((r) => /\/assets\/command-palette-[^/]*\.js$/.test(r.url()))
  await page.keyboard.press('Control+k')
  await chunk
  await expect(field(page)).toBeFocused()
  // Ctrl+K again closes it.
  await page.keyboard.press('Control+k')
  await expect(palette(page)).toBeHidden()
})

test('jump to a connector: type its name, Enter opens it; Esc closes', async ({ page }) => {
  await openApp(page, '/')
  await openPalette(page)
  // Recent items come first; on a fresh account there are none, so the actions lead.
  await expect(palette(page).getByRole('group').first()).toHaveAccessibleName('Actions')
  await page.keyboard.press('Escape')
  await expect(palette(page)).toBeHidden()

  await openPalette(page)
  await search(page, 'GitHub acme', /^GitHub acme/)
  await expect(chosen(page)).toHaveAccessibleName(/^GitHub acme/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/connectors\/github_acme$/)
  await expect(page.getByRole('heading', { level: 1, name: /GitHub acme/ })).toBeVisible()

  // It is now the first recent item.
  await openPalette(page)
  const recent = palette(page).getByRole('group', { name: 'Recent' })
  await expect(recent.getByRole('option').first()).toHaveAccessibleName(/^GitHub acme/)
})

test('"Test <connector>" runs the test and shows its result', async ({ page }) => {
  await openApp(page, '/delegates')
  await openPalette(page)
  await search(page, 'Splunk', 'Test Splunk Cloud')
  // The connector comes first, its test next.
  await page.keyboard.press('ArrowDown')
  await expect(chosen(page)).toHaveAccessibleName('Test Splunk Cloud')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Test: Splunk Cloud' })
  await expect(dialog.getByText('Connection successful')).toBeVisible()
  await expect(dialog).toContainText(/Ran on delegate k8s-prod-east/)
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Run again from the recent items, which know it by id only.
  await openPalette(page)
  await expect(chosen(page)).toHaveAccessibleName('Test Splunk Cloud')
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Connection successful')).toBeVisible()
})

test('switch the theme and the scope through the palette', async ({ page }) => {
  await openApp(page, '/connectors')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await background()
  await openPalette(page)
  await search(page, 'dark theme', 'Switch to dark theme')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background()).not.toBe(light)
  // Kept: a reload is dark before the app has run.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible()

  await openPalette(page)
  await page.keyboard.type('switch scope')
  await expect(chosen(page)).toHaveAccessibleName('Switch scope…')
  await page.keyboard.press('Enter')
  await expect(field(page)).toHaveAttribute('placeholder', /organization or project/)
  await search(page, 'CD Platform', /^Switch to CD Platform/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/connectors\?org=default&project=cd_platform$/)
  await expect(page.getByRole('banner')).toContainText('CD Platform')

  // Back to the system's theme (light here).
  await openPalette(page)
  await search(page, 'system theme', 'Use the system theme')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).not.toHaveAttribute('data-theme')
  expect(await background()).toBe(light)
})

test('"Test all failed connectors" starts the app\'s run of the failed ones only', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  const strip = page.getByRole('group', { name: 'Connectors by status' })
  const failedButton = strip.getByRole('button', { name: /Failed/ })
  await expect(failedButton).toContainText(/\d+/)
  const failed = Number((await failedButton.textContent())!.match(/\d+/)![0])
  expect(failed).toBeGreaterThan(0)
  await openApp(page, '/network')
  // Slow answers, so the run is still going when the palette is opened again.
  await mock(page, 'setFaults', { latencyMs: 1_000 })
  await openPalette(page)
  await search(page, 'test all failed', 'Test all failed connectors')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/connectors\?status=failed$/)
  await expect(
    page.getByRole('banner').getByRole('link', { name: /^Test run · Account:/ }),
  ).toBeVisible()
  // One run at a time, as on the list: while it goes on the action is offered, but not to run.
  await openPalette(page)
  await page.keyboard.type('test all failed')
  await expect(option(page, /^Test all failed connectors/)).toHaveAttribute('aria-disabled', 'true')
  await expect(option(page, /^Test all failed connectors/)).toContainText('a test run is going on')
  await page.keyboard.press('Escape')
  await mock(page, 'clearFaults')
  const finished = page.getByRole('heading', { name: /Test run finished: \d+ passed/ })
  await expect(finished).toBeVisible({ timeout: 60_000 })
  const [, passed, stillFailed] = (await finished.textContent())!
    .match(/(\d+) passed, (\d+) failed/)!
    .map(Number)
  expect(passed + stillFailed).toBe(failed)
})

test('"Generate a delegate token" opens the dialog on the tokens page', async ({ page }) => {
  await openApp(page, '/')
  await openPalette(page)
  await search(page, 'generate', 'Generate a delegate token')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/delegates\/tokens\?generate=1$/)
  const dialog = page.getByRole('dialog', { name: 'Generate a delegate token' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/delegates\/tokens$/)
})

test('? lists the shortcuts, never while typing; / focuses the list search; t tests the focused row', async ({
  page,
}) => {
  await openApp(page, '/connectors')
  await settled(page)
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts).toBeVisible()
  await expect(shortcuts.getByRole('table', { name: 'Anywhere' })).toContainText('Ctrl')
  await expect(shortcuts.getByRole('table', { name: 'On the lists' })).toContainText(
    'Test the connector',
  )
  await page.keyboard.press('Escape')
  await expect(shortcuts).toBeHidden()

  const searchBox = page.getByRole('searchbox', { name: 'Search connectors' })
  await page.keyboard.press('/')
  await expect(searchBox).toBeFocused()
  // Typed, `?`, `/` and `t` are text.
  await page.keyboard.type('t?/')
  await expect(searchBox).toHaveValue('t?/')
  await expect(shortcuts).toBeHidden()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')

  // `t` on a row that has focus tests it, as its Test button would.
  await page.getByRole('link', { name: 'Splunk Cloud', exact: true }).focus()
  await page.keyboard.press('t')
  const dialog = page.getByRole('dialog', { name: 'Test: Splunk Cloud' })
  await expect(dialog.getByText('Connection successful')).toBeVisible()
  await page.keyboard.press('Escape')

  for (const [path, name] of [
    ['/delegates/tokens', 'Search by name'],
    ['/delegates', 'Search'],
  ]) {
    await openApp(page, path)
    await settled(page)
    await page.keyboard.press('/')
    await expect(page.getByRole('searchbox', { name, exact: true })).toBeFocused()
  }
})

for (const scheme of ['light', 'dark'] as const)
  for (const width of [1280, 390])
    test(`the open palette passes axe, ${scheme} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.emulateMedia({ colorScheme: scheme })
      await openApp(page, '/connectors')
      await openPalette(page)
      await search(page, 'git', 'Test GitHub acme')
      await expect(palette(page).getByRole('group', { name: 'Connectors' })).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      )
      await expectAccessible(page)
    })
