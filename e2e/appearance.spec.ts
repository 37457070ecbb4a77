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
  // A wizard whose side panel has a long policy snippet: it scrolls, it does not widen the page.
  { path: '/connectors/new?provider=gcp', heading: /Google Cloud Platform/ },
  { path: '/connectors/bitbucket_legacy', heading: /Bitbucket/ },
  { path: '/network', heading: 'Network' },
]

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
      test.setTimeout(120_000)
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

    test('the delete and test dialogs read in the dark', async ({ page }) => {
      // Three pages and three axe scans.
      test.setTimeout(120_000)
      await openApp(page, '/delegates/tokens?revoked=1')
      await page.getByRole('button', { name: 'Delete legacy_ecs_token' }).click()
      await expect(page.getByRole('dialog', { name: 'Delete legacy_ecs_token?' })).toBeVisible()
      await expectAccessible(page)

      await openApp(page, '/connectors/bitbucket_legacy')
      await page.getByRole('button', { name: 'Delete' }).click()
      await expect(page.getByRole('dialog', { name: 'Delete Bitbucket legacy?' })).toBeVisible()
      await expectAccessible(page)

      await openApp(page, '/connectors')
      await page.getByRole('button', { name: 'Test Bitbucket legacy' }).click()
      const dialog = page.getByRole('dialog', { name: 'Test: Bitbucket legacy' })
      await expect(dialog.getByText(/Connection test failed/)).toBeVisible()
      await expectAccessible(page)
    })
  })

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`the rotation steps on a phone, ${colorScheme} theme`, () => {
    test.use({
      colorScheme,
      viewport: { width: 390, height: 844 },
      permissions: ['clipboard-read', 'clipboard-write'],
    })

    test('every step fits the screen: token, warning and commands scroll inside their blocks', async ({
      page,
    }) => {
      // A page, a generated token and two axe scans.
      test.setTimeout(120_000)
      const fits = async () =>
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        )
      await openApp(page, '/delegates/tokens/default_token/rotate')
      await settled(page)
      await fits()
      await page.getByRole('button', { name: 'Generate the new token' }).click()
      const copy = page.getByRole('button', { name: /^Copy/ }).first()
      await expect(page.getByRole('heading', { name: '2. Update the delegates' })).toBeVisible()
      await expect(page.getByText(/set delegateToken/)).toBeVisible()
      await fits()
      // The token's Copy button is on screen, not cut off at the right edge.
      const box = (await copy.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      await expectAccessible(page)
    })
  })
