import type { Request } from '@playwright/test'

import config from '../playwright.config'
import { expect, test } from './fixtures'

const { managerPort, mockManagerPort } = config.metadata as {
  managerPort: number
  mockManagerPort: number
}
const consoleUrl = `http://localhost:${managerPort}`
const mockManagerUrl = `http://127.0.0.1:${mockManagerPort}`
const ACCOUNT = 'px7xd_BFRCi-pfWPYXVjvw'

interface Logged {
  method: string
  path: string
  apiKey: string | null
  cookie: string | null
}

test.describe('Manager mode (the built app behind the preview proxy, mock Manager over HTTP)', () => {
  test('sign-in sends the API key only as x-api-key to the Manager, and returns to the page asked for', async ({
    page,
    request,
  }) => {
    const apiKey = `pat.${ACCOUNT}.e2e${Date.now()}.secretpart`
    const sent: Request[] = []
    page.on('request', (r) => sent.push(r))

    await page.goto(`${consoleUrl}/connectors?org=default`)
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fconnectors%3Forg%3Ddefault$/)
    await expect(
      page.getByRole('heading', { name: 'Sign in to your Harness account' }),
    ).toBeVisible()
    // No embedded mock in Manager mode: no service worker, no mock code.
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()

    await page.getByLabel('Account identifier').fill(ACCOUNT)
    await page.getByLabel('API key').fill(apiKey)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/connectors\?org=default$/)
    await expect(page.getByRole('button', { name: /org: Default/ })).toBeVisible()
    // The sidebar names the account and whose key this is, as the Manager reports them.
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('definition').filter({ hasText: ACCOUNT })).toContainText(
      'Acme Corp',
    )
    await expect(nav.getByText('Priya Raman')).toBeVisible()

    // The key is in sessionStorage only.
    const stores = await page.evaluate(() => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
      cookie: document.cookie,
    }))
    expect(stores.session).toContain(apiKey)
    expect(stores.local).not.toContain(apiKey)
    expect(stores.cookie).not.toContain(apiKey)

    // In the browser: only same-origin /gateway requests carry it, and the URL never does.
    for (const r of sent) {
      const key = await r.headerValue('x-api-key')
      expect(r.url()).not.toContain(apiKey)
      if (key) {
        expect(key).toBe(apiKey)
        expect(new URL(r.url()).origin).toBe(consoleUrl)
        expect(new URL(r.url()).pathname).toMatch(/^\/gateway\//)
      }
    }
    expect(sent.some((r) => r.url().includes('mockServiceWorker'))).toBe(false)

    // At the Manager: every request of this session arrived with the key, and no browser cookie.
    const log = (await (await request.get(`${mockManagerUrl}/__mock/requests`)).json()) as Logged[]
    const mine = log.filter((l) => l.apiKey === apiKey)
    expect(mine.length).toBeGreaterThan(1)
    expect(mine.map((l) => l.path).join(' ')).toContain('/gateway/ng/api/organizations')
    expect(mine.every((l) => !l.cookie)).toBe(true)
  })

  // Browsers read each of these as //evil.example: sign-in goes to the home page instead, and works.
  for (const next of ['/\\evil.example/x', '/\\/evil.example/x', '/%09/evil.example/x']) {
    test(`a crafted return address (next=${next}) signs in to the home page`, async ({ page }) => {
      await page.goto(`${consoleUrl}/sign-in?next=${next}`)
      await page.getByLabel('Account identifier').fill(ACCOUNT)
      await page.getByLabel('API key').fill(`pat.${ACCOUNT}.crafted.next`)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible()
      expect(new URL(page.url()).origin).toBe(consoleUrl)
      expect(new URL(page.url()).pathname).toBe('/')
      expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0)
    })
  }

  test('a rejected key is reported at the field, and sign-out clears the key', async ({ page }) => {
    await page.goto(`${consoleUrl}/`)
    await page.getByLabel('Account identifier').fill(ACCOUNT)
    await page.getByLabel('API key').fill('pat.revoked.key')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'API key was rejected' })).toBeVisible()
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0)

    await page.getByLabel('API key').fill(`pat.${ACCOUNT}.good.key`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(
      page.getByRole('heading', { name: 'Sign in to your Harness account' }),
    ).toBeVisible()
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
  })
})
