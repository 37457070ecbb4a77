import type { Page } from '@playwright/test'

import { MOCK_ACCOUNT_ID } from '../src/api/session'
import { expect, expectAccessible, openApp, test } from './fixtures'

/**
 * Editing never loses data, in the browser: the PUT body is the connector as the Manager sent it
 * with only the changed field applied, and the mock (which keeps only what the API's types have)
 * still holds what the form does not show.
 */

/** The connector as the mock holds it, read through the page (the mock lives in its worker). */
async function stored(page: Page, identifier: string) {
  return page.evaluate(
    async ([id, account]) => {
      const url = `/gateway/ng/api/connectors/${id}?accountIdentifier=${encodeURIComponent(account)}`
      const body = (await (await fetch(url)).json()) as { data: { connector: unknown } }
      return body.data.connector as { description?: string; spec: Record<string, unknown> }
    },
    [identifier, MOCK_ACCOUNT_ID] as const,
  )
}

/** Continue through the wizard's steps to the one with the save button, and save. */
async function saveChanges(page: Page) {
  const save = page.getByRole('button', { name: 'Review changes' })
  for (let i = 0; i < 4 && !(await save.isVisible()); i++)
    await page.getByRole('button', { name: 'Continue' }).click()
  await save.click()
  await page
    .getByRole('dialog', { name: /^Review changes/ })
    .getByRole('button', { name: 'Save changes' })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Connection test' })).toBeVisible()
}

function putBodies(page: Page) {
  const bodies: { connector: { description?: string; spec: Record<string, unknown> } }[] = []
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/ng/api/connectors'))
      bodies.push(r.postDataJSON() as (typeof bodies)[number])
  })
  return bodies
}

test('changing a description keeps every field the form does not show (Azure Repos)', async ({
  page,
}) => {
  const puts = putBodies(page)
  await openApp(page, '/connectors/azure_repos/edit')
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Azure Repos' })).toBeVisible()
  const before = await stored(page, 'azure_repos')
  expect(before.spec.ignoreTestConnection).toBe(false)
  await page.getByRole('textbox', { name: 'Description' }).fill('Checkout service repositories')
  await saveChanges(page)
  expect(puts).toHaveLength(1)
  expect(puts[0].connector.spec).toEqual(before.spec)
  expect(puts[0].connector.description).toBe('Checkout service repositories')
  expect((await stored(page, 'azure_repos')).spec).toEqual(before.spec)
})

test('a Custom Health connector shows its encrypted header, and saving keeps it', async ({
  page,
}) => {
  const puts = putBodies(page)
  await openApp(page, '/connectors/events_api_health/edit')
  const before = await stored(page, 'events_api_health')
  const headers = before.spec.headers as { key: string; encryptedValueRef?: string }[]
  expect(headers.some((h) => h.encryptedValueRef)).toBe(true)
  // A change, or the review has nothing to save.
  await page.getByRole('textbox', { name: 'Description' }).fill('Edited: headers kept')
  // The header row is on the Details or Credentials step; walk to it as a user would.
  const header = page.getByRole('textbox', { name: /header.*name/i }).first()
  for (let i = 0; i < 3 && !(await header.isVisible()); i++)
    await page.getByRole('button', { name: 'Continue' }).click()
  await expect(header).toHaveValue(headers[0].key)
  await expectAccessible(page)
  await saveChanges(page)
  expect(puts[0].connector.spec).toEqual(before.spec)
  expect(puts[0].connector.description).toBe('Edited: headers kept')
})

test('the picker offers the current types and says which ones it does not create', async ({
  page,
}) => {
  await openApp(page, '/connectors/new')
  await page.getByRole('button', { name: /^Ticketing and collaboration/ }).click()
  for (const name of [/^Slack/, /^Microsoft Teams/, /^Zoom/, /^Confluence/])
    await expect(page.getByRole('button', { name })).toBeVisible()
  await page.getByRole('button', { name: /^Cloud providers and infrastructure/ }).click()
  for (const name of [/^Rancher/, /^JDBC/])
    await expect(page.getByRole('button', { name })).toBeVisible()
  const notHere = page.getByRole('list', { name: 'Not created here' })
  await expect(notHere).toContainText('AWS cloud costs')
  await page.getByRole('button', { name: /^Secret managers/ }).click()
  await expect(notHere).toContainText('Harness built-in secret manager')
  await expectAccessible(page)
})
