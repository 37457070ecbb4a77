import type { Page } from '@playwright/test'

import { expect, expectAccessible, openApp, test } from './fixtures'

const ACCOUNT = 'px7xd_BFRCi-pfWPYXVjvw'
const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
const statusCell = (page: Page, name: string) => row(page, name).locator('td[data-label="Status"]')
const failingSince = (page: Page) =>
  page.getByRole('term').filter({ hasText: 'Failing since' }).locator('xpath=following-sibling::dd')
const keptResults = (page: Page) =>
  page.getByRole('table').filter({ has: page.getByText('Kept test results, newest first') })

async function testFromList(page: Page, name: string) {
  await row(page, name)
    .getByRole('button', { name: `Test ${name}` })
    .click()
  const dialog = page.getByRole('dialog', { name: `Test: ${name}` })
  await expect(dialog.getByText(/Connection test failed/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()
}

test('failing since stays where it was across re-tests and a reload', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  // The Manager's last result is a failure some minutes old, after its last success.
  const before = (await statusCell(page, 'Azure Key Vault').textContent()) ?? ''
  expect(before).toMatch(/Failing for at least \d+ minutes?/)
  const since = before.match(/Failing for at least .*/)![0]

  await testFromList(page, 'Azure Key Vault')
  await expect(statusCell(page, 'Azure Key Vault')).toContainText(since)
  await testFromList(page, 'Azure Key Vault')
  await expect(statusCell(page, 'Azure Key Vault')).toContainText(since)
  await expectAccessible(page)

  await openApp(page, '/connectors')
  await expect(statusCell(page, 'Azure Key Vault')).toContainText(since, { timeout: 15_000 })
  await row(page, 'Azure Key Vault').getByRole('link', { name: 'Azure Key Vault' }).click()
  await expect(failingSince(page)).toContainText(/^at least /)
  await expect(failingSince(page)).toContainText('when it last connected')
  // Two tests of the console and the Manager's earlier result.
  await expect(keptResults(page).getByRole('row')).toHaveCount(4)
  await expectAccessible(page)
})

test('a connector deleted and created again under the same identifier starts with no history', async ({
  page,
}) => {
  await openApp(page, '/connectors/jenkins_ci')
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText(/Connection test failed/)).toBeVisible()
  await expect(keptResults(page).getByRole('row')).not.toHaveCount(0)

  const body = await page.evaluate(async (account) => {
    const res = await fetch(`/gateway/ng/api/connectors/jenkins_ci?accountIdentifier=${account}`)
    return ((await res.json()) as { data: { connector: unknown } }).data.connector
  }, ACCOUNT)
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('button', { name: 'Delete from the account' }).click()
  await expect(page).toHaveURL(/\/connectors$/)

  const status = await page.evaluate(
    async ([account, connector]) => {
      const res = await fetch(`/gateway/ng/api/connectors?accountIdentifier=${account}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ connector }),
      })
      return res.status
    },
    [ACCOUNT, body] as const,
  )
  expect(status).toBe(200)
  await openApp(page, '/connectors/jenkins_ci')
  await expect(page.getByRole('heading', { name: 'Test history' })).toBeVisible()
  await expect(failingSince(page)).toHaveText('—')
  await expect(keptResults(page)).toHaveCount(0)
  await expectAccessible(page)
})

test('resetting the demo data forgets the kept results', async ({ page }) => {
  await openApp(page, '/connectors/azure_key_vault')
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText(/Connection test failed/)).toBeVisible()
  // The console's test and the Manager's earlier result (no count: the old store kept one).
  await expect(keptResults(page).getByRole('row').nth(1)).toBeVisible()
  await page.getByRole('button', { name: /Demo data/ }).click()
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click()
  // Only the re-seeded Manager's last result is left.
  await expect(keptResults(page).getByRole('row')).toHaveCount(2)
  // The page, not the toast fading in over it.
  await expectAccessible(page, 'main')
})

test('a row’s error shows two lines, and the whole message on a click', async ({ page }) => {
  await openApp(page, '/connectors?status=failed')
  const error = row(page, 'Bitbucket legacy')
    .locator('td[data-label="Error summary"]')
    .getByRole('button')
  await expect(error).toHaveAttribute('aria-expanded', 'false')
  const clamped = await error.evaluate((el) => el.scrollHeight > el.clientHeight)
  expect(clamped).toBe(true)
  await error.click()
  await expect(error).toHaveAttribute('aria-expanded', 'true')
  expect(await error.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
  await expectAccessible(page)
})
