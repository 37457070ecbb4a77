import type { Page } from '@playwright/test'

import { getProvider } from '../src/catalog'
import { expect, expectAccessible, openApp, test } from './fixtures'
import { ConnectorWizardPage } from './pages/connector-wizard-page'
import { download } from './pages/installers-page'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const banner = (page: Page) => page.getByRole('region', { name: 'Getting started walkthrough' })
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Setup progress' })

/**
 * A key for the running tour. driver.js shows a step's popover at once but takes keys only from
 * the next animation frame on; a key pressed in between is dropped. A person never presses that
 * fast, a test on an idle machine does: wait two frames first.
 */
async function tourKey(page: Page, key: string) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  await page.keyboard.press(key)
}

async function nextStep(page: Page, from: RegExp) {
  await expect(banner(page)).toContainText(from)
  await expect(banner(page)).toContainText('Done.', { timeout: 30_000 })
  await banner(page)
    .getByRole('button', { name: /Next step|Finish/ })
    .click()
}

test('a new admin goes from an empty account to a tested connector, and the checklist follows', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await openApp(page, '/?mockSeed=empty')
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0')
  await expectAccessible(page)

  // 1. Scope and cluster, inline.
  await page.getByLabel('Harness cluster').selectOption('eu')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('1 of 6 done')).toBeVisible()

  // 2. A token, on the real tokens page, with the walkthrough banner.
  await page.getByRole('button', { name: 'Start: Generate a delegate token' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Delegate Tokens' })).toBeVisible()
  await expect(banner(page)).toContainText('step 2 of 6')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Generate token' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Generate a delegate token' })
  await dialog.getByLabel('Token name').fill('first_delegate_token')
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await page
    .getByRole('dialog', { name: /generated/ })
    .getByRole('button', { name: 'Done' })
    .click()
  await nextStep(page, /step 2 of 6/)

  // 3. An installer with that token: the Manager's Kubernetes manifest (the cluster chosen in step 1).
  await expect(page.getByRole('heading', { level: 1, name: 'Installers' })).toBeVisible()
  await page.getByLabel('Delegate token').selectOption('first_delegate_token')
  await page.getByLabel('Delegate name').fill('first-delegate')
  const file = await download(page, /Download harness-delegate.yaml/)
  expect(file.content).toContain('first-delegate')
  await nextStep(page, /step 3 of 6/)

  // 4. The delegate connects (the mock's first heartbeat comes a few seconds after the download).
  await expect(page.getByRole('heading', { level: 1, name: 'Delegates' })).toBeVisible()
  await nextStep(page, /step 4 of 6/)

  // 5 and 6. A first connector, saved then tested through the new delegate.
  await expect(page).toHaveURL(/\/connectors\/new/)
  const wizard = new ConnectorWizardPage(page)
  await wizard.open('github')
  await expect(banner(page)).toContainText('step 5 of 6')
  await wizard.create(getProvider('github'), 'First GitHub')
  await expect(page.getByText(/Connection successful|Test passed|SUCCESS/i).first()).toBeVisible({
    timeout: 20_000,
  })

  await banner(page).getByRole('button', { name: 'Back to checklist' }).click()
  await expect(page.getByText('6 of 6 done')).toBeVisible({ timeout: 20_000 })
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '6')

  // Resumable: a reload keeps it all (derived from data, or remembered without secrets).
  await page.reload()
  await expect(page.getByText('6 of 6 done')).toBeVisible()
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
  expect(stored).toContain('delegate-console:onboarding')
  expect(stored).not.toMatch(/[A-Za-z0-9+/]{43}=/) // no token value
})

test('tours are offered once, run with the keyboard, and can be replayed from Help', async ({
  page,
}) => {
  // Two page loads, an axe scan and seven tour steps.
  test.setTimeout(120_000)
  await openApp(page, '/delegates/tokens')
  const offer = page.getByRole('region', { name: 'Tour of Delegate tokens' })
  await expect(offer).toBeVisible()
  await expectAccessible(page)
  await offer.getByRole('button', { name: 'Take the tour' }).click()

  const popover = page.locator('.driver-popover')
  await expect(popover.getByText('Generate a token')).toBeVisible()
  // The offer does not stay behind the running tour.
  await expect(offer).toBeHidden()
  await tourKey(page, 'ArrowRight')
  await expect(popover.getByText('Who uses what')).toBeVisible()
  await tourKey(page, 'ArrowRight')
  await expect(popover.getByText('Rotate safely')).toBeVisible()
  await tourKey(page, 'ArrowLeft')
  await expect(popover.getByText('Who uses what')).toBeVisible()
  await tourKey(page, 'Escape')
  await expect(popover).toBeHidden()
  // The offer is gone with the tour: focus goes to Help, where the tour can be replayed.
  await expect(page.getByRole('button', { name: 'Help' })).toBeFocused()

  // Offered once: gone after a reload.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Delegate Tokens' })).toBeVisible()
  await expect(offer).toBeHidden()

  // Replayable from Help, by keyboard.
  await page.getByRole('button', { name: 'Help' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('menuitem', { name: 'Take the tour: Delegate tokens' }).focus()
  await page.keyboard.press('Enter')
  await expect(popover.getByText('Generate a token')).toBeVisible()
  await tourKey(page, 'Escape')
  await expect(popover).toBeHidden()
  await expect(page.getByRole('button', { name: 'Help' })).toBeFocused()
})

test('a tour closed at its first step gives focus to Help, not <body>', async ({ page }) => {
  await openApp(page, '/delegates/tokens')
  const offer = page.getByRole('region', { name: 'Tour of Delegate tokens' })
  await offer.getByRole('button', { name: 'Take the tour' }).click()
  const popover = page.locator('.driver-popover')
  await expect(popover.getByText('Generate a token')).toBeVisible()
  // Closed with the mouse before any step moved: driver.js then focuses "Take the tour", which
  // leaves with the offer.
  await popover.getByRole('button', { name: 'Close' }).click()
  await expect(popover).toBeHidden()
  await expect(offer).toBeHidden()
  await expect(page.getByRole('button', { name: 'Help' })).toBeFocused()
})

test('on a phone the tour offer is one short row, not a block over every page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, '/delegates/tokens')
  const offer = page.getByRole('region', { name: 'Tour of Delegate tokens' })
  await expect(offer.getByRole('button', { name: 'Take the tour' })).toBeVisible()
  await expect(offer.getByRole('button', { name: 'No thanks' })).toBeVisible()
  expect((await offer.boundingBox())!.height).toBeLessThanOrEqual(60)
  await expectAccessible(page)
})

for (const [path, tour, first] of [
  ['/connectors', 'Connector health', 'Health at a glance'],
  ['/connectors/new?provider=github', 'Creating a connector', 'Five short steps'],
] as const) {
  test(`the ${tour.toLowerCase()} tour opens, advances and closes`, async ({ page }) => {
    await openApp(page, path)
    await page
      .getByRole('region', { name: `Tour of ${tour}` })
      .getByRole('button', { name: 'Take the tour' })
      .click()
    const popover = page.locator('.driver-popover')
    await expect(popover.getByText(first)).toBeVisible()
    await tourKey(page, 'ArrowRight')
    await expect(popover.getByText(first)).toBeHidden()
    await tourKey(page, 'Escape')
    await expect(popover).toBeHidden()
  })
}
