import { expect, expectAccessible, openApp, settled, test } from './fixtures'

/**
 * Every page in the dark theme, on a desktop and on a phone: axe finds no serious or critical
 * violation (contrast included, which the light-mode scans elsewhere cannot see), and the page
 * itself never scrolls sideways. The light theme is scanned page by page in navigation.spec.ts.
 */
const pages = [
  { path: '/', heading: 'Getting started' },
  { path: '/delegates', heading: 'Delegates' },
  { path: '/delegates/tokens', heading: 'Delegate Tokens' },
  { path: '/delegates/tokens/default_token/rotate', heading: /Rotate/ },
  { path: '/delegates/installers', heading: 'Installers' },
  { path: '/connectors', heading: 'Connectors' },
  { path: '/connectors/new', heading: /connector/i },
  { path: '/connectors/bitbucket_legacy', heading: /Bitbucket/ },
  { path: '/network', heading: 'Network' },
]

// Each test is one page load in its own context: they can run on any worker.
test.describe.configure({ mode: 'parallel' })

for (const width of [1280, 390])
  test.describe(`dark theme, ${width} px wide`, () => {
    test.use({ colorScheme: 'dark', viewport: { width, height: 900 } })

    for (const entry of pages)
      test(`${entry.path} reads in the dark and fits the screen`, async ({ page }) => {
        await openApp(page, entry.path)
        await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible()
        await settled(page)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
        await expectAccessible(page)
      })

    test('the token dialogs read in the dark', async ({ page }) => {
      // A page and two axe scans, each a few seconds on a busy 2-core machine.
      test.setTimeout(60_000)
      await openApp(page, '/delegates/tokens')
      await page.getByRole('button', { name: 'Generate token' }).first().click()
      await expect(page.getByRole('dialog', { name: 'Generate a delegate token' })).toBeVisible()
      await expectAccessible(page)
      await page.getByRole('button', { name: 'Cancel' }).click()
      await page
        .getByRole('button', { name: /^Revoke / })
        .first()
        .click()
      await expect(page.getByRole('alertdialog').or(page.getByRole('dialog'))).toBeVisible()
      await expectAccessible(page)
    })
  })
