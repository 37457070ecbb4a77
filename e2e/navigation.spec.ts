import type { Locator } from '@playwright/test'

import { expect, expectAccessible, openApp, settled, test } from './fixtures'

/** How far a table's scrolling wrapper would scroll sideways (0 or less: it fits). */
const sidewaysOverflow = (table: Locator) =>
  table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)

const pages = [
  { link: 'Getting started', heading: 'Getting started', path: '/' },
  { link: 'Delegates', heading: 'Delegates', path: '/delegates' },
  { link: 'Delegate Tokens', heading: 'Delegate Tokens', path: '/delegates/tokens' },
  { link: 'Installers', heading: 'Installers', path: '/delegates/installers' },
  { link: 'Connectors', heading: 'Connectors', path: '/connectors' },
  { link: 'Network', heading: 'Network', path: '/network' },
]

test('runs on the embedded mock Manager through the service worker', async ({ page }) => {
  await openApp(page)
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toContain('/mockServiceWorker.js')
  await expect(page.getByRole('button', { name: /Demo data/ })).toBeVisible()
  // The account (name, id, cluster), the key's user and the Manager are always in view.
  const nav = page.getByRole('navigation', { name: 'Main' })
  const account = nav.getByRole('definition').filter({ hasText: 'px7xd_BFRCi-pfWPYXVjvw' })
  await expect(account).toContainText('Acme Corp')
  await expect(account).toContainText('Cluster Prod1')
  await expect(nav.getByRole('definition').filter({ hasText: 'Priya Raman' })).toContainText(
    'priya.raman@acme.example',
  )
  await expect(nav.getByRole('definition').filter({ hasText: /Embedded demo/ })).toBeVisible()
})

for (const entry of pages) {
  test(`navigation entry "${entry.link}" opens its page, accessibly`, async ({ page }) => {
    await openApp(page, entry.path === '/' ? '/network' : '/')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: entry.link, exact: true })
      .click()
    await expect(page).toHaveURL(new RegExp(`${entry.path.replace(/\//g, '\\/')}$`))
    await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible()
    await expectAccessible(page)
  })
}

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  await openApp(page, '/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Go to Getting started' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible()
})

test('the scope switcher puts the scope in the URL, and links and reloads keep it', async ({
  page,
}) => {
  await openApp(page, '/connectors')
  await page.getByRole('button', { name: /change scope/ }).click()
  await expect(page.getByRole('menuitemradio', { name: 'Payments' })).toBeVisible()
  // The menu itself; the whole page with it open is scanned by "the scope menu, open, …" below.
  await expectAccessible(page, '[role="menu"]')
  await page.getByRole('menuitemradio', { name: 'Checkout' }).click()
  await expect(page).toHaveURL(/\/connectors\?org=payments&project=checkout$/)
  await expect(page.getByRole('button', { name: /project: Payments \/ Checkout/ })).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Network' })
    .click()
  await expect(page).toHaveURL(/\/network\?org=payments&project=checkout$/)
  await page.reload()
  await expect(page.getByRole('button', { name: /project: Payments \/ Checkout/ })).toBeVisible()

  await page.getByRole('button', { name: /change scope/ }).click()
  await page.getByRole('menuitemradio', { name: 'Account' }).click()
  await expect(page).toHaveURL(/\/network$/)
})

test('a deep link with a scope opens straight at that scope', async ({ page }) => {
  await openApp(page, '/delegates/tokens?org=default')
  await expect(page.getByRole('button', { name: /org: Default/ })).toBeVisible()
})

test('at a laptop width the token actions keep their words, and the table fits its card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page, '/delegates/tokens')
  const tokens = page.getByRole('table', { name: 'Delegate tokens' })
  const row = tokens.getByRole('row', { name: /default_token/ })
  for (const word of ['Copy value', 'Rotate', 'Revoke'])
    await expect(row.getByText(word, { exact: true })).toBeVisible()
  expect(await sidewaysOverflow(tokens)).toBeLessThanOrEqual(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the links sit behind a Menu button that opens, navigates, and closes', async ({ page }) => {
    await openApp(page, '/')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const menu = nav.getByRole('button', { name: 'Menu' })
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(nav.getByRole('link', { name: 'Connectors' })).toBeHidden()

    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expectAccessible(page)
    // Escape closes it and leaves focus on the button.
    await nav.getByRole('link', { name: 'Network' }).focus()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeFocused()

    await menu.click()
    await nav.getByRole('link', { name: 'Connectors' }).click()
    await expect(page).toHaveURL(/\/connectors$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(nav.getByRole('link', { name: 'Connectors' })).toBeHidden()
  })

  test('the header keeps to one row, with Help and Demo data as named icon buttons', async ({
    page,
  }) => {
    await openApp(page, '/connectors?org=default&project=cd_platform')
    const scopeButton = page.getByRole('button', { name: /Default \/ CD Platform.*change scope/ })
    const help = page.getByRole('button', { name: 'Help' })
    const demo = page.getByRole('button', { name: /Demo data/ })
    await expect(scopeButton).toBeVisible()
    // The words are hidden but still name the buttons; the long scope name is cut short, not wrapped.
    const tops = await Promise.all(
      [scopeButton, help, demo].map(async (b) => (await b.boundingBox())!.y),
    )
    expect(new Set(tops).size, 'all three on one row').toBe(1)
    expect((await help.boundingBox())!.width).toBeLessThan(70)
    await help.click()
    await expect(page.getByRole('menuitem', { name: 'Getting started checklist' })).toBeVisible()
  })

  test('the network tables read as cards, with nothing to scroll sideways', async ({ page }) => {
    await openApp(page, '/network')
    const plan = page.getByRole('table', { name: 'Egress plan' })
    await expect(plan.getByRole('row').nth(1)).toBeVisible()
    for (const table of [page.getByRole('table', { name: /Outbound connections/ }), plan]) {
      expect(await sidewaysOverflow(table)).toBeLessThanOrEqual(0)
    }
    // Still a table to assistive technology: the cells keep their column headers.
    await expect(plan.getByRole('columnheader', { name: 'Needed by' })).toBeAttached()
    await expect(plan.getByRole('cell', { name: /Jira Cloud/ })).toBeVisible()
    await expectAccessible(page)
  })

  test('the delegate groups read as cards, each value under its column name', async ({ page }) => {
    await openApp(page, '/delegates')
    const groups = page.getByRole('table', { name: 'Delegate groups' })
    const row = groups.getByRole('row', { name: /k8s-prod-east/ })
    await expect(row).toBeVisible()
    expect(await sidewaysOverflow(groups)).toBeLessThanOrEqual(0)
    // The name runs across the card: one line, not a syllable to a line.
    const name = row.getByText('k8s-prod-east', { exact: true })
    expect((await name.boundingBox())!.height).toBeLessThan(24)
    await expect(groups.getByRole('columnheader', { name: 'Last heartbeat' })).toBeAttached()
    await expectAccessible(page)
  })

  test('the tokens read as cards, with their actions in words', async ({ page }) => {
    await openApp(page, '/delegates/tokens')
    const tokens = page.getByRole('table', { name: 'Delegate tokens' })
    const row = tokens.getByRole('row', { name: /default_token/ })
    await expect(row).toBeVisible()
    expect(await sidewaysOverflow(tokens)).toBeLessThanOrEqual(0)
    // No hover on a phone to show an icon's title: the card spells the action out.
    await expect(row.getByText('Rotate', { exact: true })).toBeVisible()
    await expectAccessible(page)
    await row.getByRole('link', { name: 'Rotate default_token' }).click()
    await expect(page).toHaveURL(/\/delegates\/tokens\/default_token\/rotate/)
  })

  test('the connectors read as cards; select-all keeps its words', async ({ page }) => {
    await openApp(page, '/connectors')
    const table = page.getByRole('table', { name: /Connectors, page 1/ })
    const row = table.getByRole('row', { name: /Datadog/ })
    await expect(row).toBeVisible()
    expect(await sidewaysOverflow(table)).toBeLessThanOrEqual(0)
    await expect(page.getByText('Select all on this page')).toBeVisible()
    await table.getByRole('checkbox', { name: 'Select all on this page' }).check()
    await expect(row.getByRole('checkbox', { name: 'Select Datadog' })).toBeChecked()
    await expect(row.getByRole('button', { name: 'Test Datadog' })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: 'Last tested' })).toBeAttached()
    await expectAccessible(page)
  })

  for (const entry of pages)
    test(`${entry.heading} is no wider than the phone, and passes axe`, async ({ page }) => {
      await openApp(page, entry.path)
      await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible()
      await settled(page)
      // Tables scroll inside their card; the page itself does not scroll sideways.
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
      // The light theme on a phone (appearance.spec.ts scans the dark one at both widths).
      await expectAccessible(page)
    })
})

for (const menu of [
  { name: 'Help', trigger: /^Help/ },
  { name: 'Demo data', trigger: /Demo data/ },
  { name: 'scope', trigger: /change scope/ },
])
  test(`the ${menu.name} menu, open, hides nothing that stays focusable (axe)`, async ({
    page,
  }) => {
    await openApp(page, '/delegates/tokens')
    await page.getByRole('button', { name: menu.trigger }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expect(
      page.locator('[aria-hidden="true"] a[href], [aria-hidden="true"] button'),
    ).toHaveCount(0)
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('menu')).toBeHidden()
    await expect(page.getByRole('button', { name: menu.trigger })).toBeFocused()
  })

test('?mockSeed=empty starts a new account once and leaves the address, so a reload keeps the work', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens?mockSeed=empty&q=default')
  await expect(page).toHaveURL(/\/delegates\/tokens\?q=default$/)
  await expect(page.getByRole('row', { name: /eks_prod_token/ })).toHaveCount(0)
  await page.evaluate(() =>
    (
      window as unknown as { __mockManager: { setTier: (t: string) => void } }
    ).__mockManager.setTier('free'),
  )
  await page.reload()
  await expect(page.locator('html[data-backend="ready"]')).toBeAttached()
  expect(
    await page.evaluate(
      () =>
        (
          window as unknown as { __mockManager: { db: () => { account: { tier: string } } } }
        ).__mockManager.db().account.tier,
    ),
  ).toBe('free')
})

test('Demo data switches the account to the free tier: the network page shows no Harness Cloud IPs', async ({
  page,
}) => {
  await openApp(page, '/network')
  await expect(page.getByRole('list', { name: 'Harness Cloud egress IPs' })).toBeVisible()
  await page.getByRole('button', { name: /Demo data/ }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Free tier account' }).click()
  await expect(page.getByText('No Harness Cloud IPs for this account')).toBeVisible()
  await page.getByRole('button', { name: /Demo data/ }).click()
  await expect(page.getByRole('menuitemcheckbox', { name: 'Free tier account' })).toBeChecked()
  await page.getByRole('menuitemcheckbox', { name: 'Free tier account' }).click()
  await expect(page.getByRole('list', { name: 'Harness Cloud egress IPs' })).toBeVisible()
})
