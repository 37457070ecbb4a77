import { expect, openApp, test } from './fixtures'

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

  test('no page triggers a CSP violation', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      )
    })
    for (const path of pages) {
      await openApp(page, path)
      await page.waitForLoadState('networkidle')
      expect(
        await page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        ),
        path,
      ).toEqual([])
    }
  })
})
