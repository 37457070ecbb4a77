import { readFileSync } from 'node:fs'

import { expect, openApp, settled, test } from './fixtures'

const pages = [
  '/',
  '/delegates',
  '/delegates/tokens',
  '/delegates/installers',
  '/connectors',
  '/network',
  '/no/such/page',
]

test.describe('strict Content-Security-Policy on the production build', () => {
  test('the preview server sends the CSP, and index.html carries it for static hosting', async ({
    page,
  }) => {
    const response = await page.goto('/')
    const header = response?.headers()['content-security-policy'] ?? ''
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ])
      expect(header).toContain(directive)
    expect(header).not.toContain("'unsafe-eval'")
    expect(header).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(meta).toContain("script-src 'self'")
  })

  test('the README nginx example sends what the preview server sends, plus HSTS and COOP', async ({
    request,
  }) => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? ''
    const documented = Object.fromEntries(
      [...nginx.matchAll(/add_header ([\w-]+) ("[^"]*"|\S+) always;/g)].map(([, name, value]) => [
        name.toLowerCase(),
        value.replace(/^"|"$/g, ''),
      ]),
    )
    const served = (await request.get('/')).headers()
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy'])
      expect(documented[name], name).toBe(served[name])
    const hsts = documented['strict-transport-security'] ?? ''
    // A year or more, the floor browsers' preload lists ask for.
    expect(Number(hsts.match(/max-age=(\d+)/)?.[1] ?? 0)).toBeGreaterThanOrEqual(31_536_000)
    expect(documented['cross-origin-opener-policy']).toBe('same-origin')
  })

  for (const path of pages)
    test(`${path} triggers no CSP violation`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = []
        ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(
            `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
          ),
        )
      })
      await openApp(page, path)
      await settled(page)
      expect(
        await page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        ),
      ).toEqual([])
    })
})

test.describe('a generated token value stays out of everything after its dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('no storage, cookie, URL or console message holds it, on any page', async ({ page }) => {
    // One generated token, then thirteen page visits (six in the app, seven fresh loads): about
    // 3 s each on a busy 2-core machine.
    test.setTimeout(180_000)
    const messages: string[] = []
    page.on('console', (m) => messages.push(m.text()))
    await openApp(page, '/delegates/tokens')
    await page.getByRole('button', { name: 'Generate token' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Generate a delegate token' })
    await dialog.getByLabel('Token name').fill('security_check')
    await dialog.getByRole('button', { name: 'Generate token' }).click()
    const created = page.getByRole('dialog', { name: 'Token security_check generated' })
    const value = await created.getByLabel('Value of security_check').inputValue()
    expect(value.length).toBeGreaterThan(20)
    await created.getByRole('button', { name: 'Done' }).click()

    // Every page, moving through the app as an admin would (the query cache and the app's memory
    // stay alive between pages), then each again from a fresh load.
    const check = async (where: string) => {
      await settled(page)
      expect(page.url(), where).not.toContain(encodeURIComponent(value))
      expect(await page.content(), where).not.toContain(value)
      const stores = await page.evaluate(() =>
        JSON.stringify({
          local: { ...localStorage },
          session: { ...sessionStorage },
          cookie: document.cookie,
        }),
      )
      expect(stores, where).not.toContain(value)
    }
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const link of [
      'Getting started',
      'Delegates',
      'Delegate Tokens',
      'Installers',
      'Connectors',
      'Network',
    ]) {
      await nav.getByRole('link', { name: link, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible()
      await check(link)
    }
    for (const path of pages) {
      await openApp(page, path)
      await check(path)
    }
    const cookies = await page.context().cookies()
    expect(JSON.stringify(cookies)).not.toContain(value)
    expect(messages.join('\n')).not.toContain(value)
  })
})
