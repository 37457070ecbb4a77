import type { Page } from '@playwright/test'

import { MOCK_ACCOUNT_ID } from '../src/api/session'
import { expect, expectAccessible, openApp, test } from './fixtures'

/**
 * The review before a save, in the browser: nothing is sent until the confirm, and an edit of a
 * connector someone changed meanwhile asks instead of overwriting. "Someone" is a PUT through
 * the same API, from the page, as another admin's console would send it.
 */

type Connector = { name: string; description?: string; spec: Record<string, unknown> }

const url = (id: string) =>
  `/gateway/ng/api/connectors/${id}?accountIdentifier=${encodeURIComponent(MOCK_ACCOUNT_ID)}`

async function stored(page: Page, id: string): Promise<Connector> {
  return page.evaluate(async (u) => {
    const body = (await (await fetch(u)).json()) as { data: { connector: Connector } }
    return body.data.connector
  }, url(id))
}

/** Another admin's save: the stored connector with `change` applied, PUT back. */
async function editElsewhere(page: Page, id: string, change: Partial<Connector>) {
  const connector = { ...(await stored(page, id)), ...change }
  await page.evaluate(
    async ([u, body]) => {
      const put = await fetch(u.replace(/\/[^/?]+\?/, '?'), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      })
      if (!put.ok) throw new Error(`PUT ${put.status}`)
    },
    [url(id), JSON.stringify({ connector })] as const,
  )
}

async function toSave(page: Page) {
  const review = page.getByRole('button', { name: 'Review changes' })
  for (let i = 0; i < 4 && !(await review.isVisible()); i++)
    await page.getByRole('button', { name: 'Continue' }).click()
  await review.click()
  return page.getByRole('dialog', { name: /^Review changes to/ })
}

test('a stale edit asks: both changes kept, the conflict listed, nothing overwritten', async ({
  page,
}) => {
  const puts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/ng/api/connectors')) puts.push(r.url())
  })
  await openApp(page, '/connectors/dockerhub/edit')
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Docker Hub (mine)')
  await page.getByRole('textbox', { name: 'Description' }).fill('Pull-through for CI')

  // Meanwhile, another admin renames it and points it at a mirror.
  const theirUrl = 'https://mirror.acme.io/v2/'
  const before = await stored(page, 'dockerhub')
  await editElsewhere(page, 'dockerhub', {
    name: 'Docker Hub (theirs)',
    spec: { ...before.spec, dockerRegistryUrl: theirUrl },
  })
  puts.length = 0

  const review = await toSave(page)
  await expect(review).toContainText('This connector changed in Harness since you opened it')
  await expect(review.getByRole('radio', { name: /Keep both changes/ })).toBeChecked()
  // The name was changed by both: listed with both values; theirs only changed the URL.
  await expect(
    review.getByRole('row', { name: 'name Docker Hub (theirs) Docker Hub (mine)' }).first(),
  ).toBeVisible()
  await expect(review).toContainText('1 field was changed by both; yours is kept there.')
  await expectAccessible(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAccessible(page)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(puts).toEqual([])

  await review.getByRole('button', { name: 'Save both changes' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Connection test' })).toBeVisible()
  expect(puts).toHaveLength(1)
  const after = await stored(page, 'dockerhub')
  expect(after).toMatchObject({ name: 'Docker Hub (mine)', description: 'Pull-through for CI' })
  expect(after.spec.dockerRegistryUrl).toBe(theirUrl)
})

test('on a phone, dropping the edit loads their version and sends nothing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, '/connectors/dockerhub/edit')
  await page.getByRole('textbox', { name: 'Description' }).fill('Mine, to be dropped')
  await editElsewhere(page, 'dockerhub', { description: 'Theirs' })
  const review = await toSave(page)
  await review.getByRole('radio', { name: /Drop my changes/ }).check()
  // The dialog fits the phone: no sideways scrolling.
  const overflow = await review.evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await review.getByRole('button', { name: 'Drop my changes and load theirs' }).click()
  await expect(review).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Theirs')
  expect((await stored(page, 'dockerhub')).description).toBe('Theirs')
})
