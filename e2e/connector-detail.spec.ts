import { expect, openApp, test } from './fixtures'

for (const width of [1280, 390])
  test(`connector detail at ${width} px: the configuration reads as the form's labels and values`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openApp(page, '/connectors/bitbucket_legacy')
    // The configuration's list, once it shows: the sidebar's Account and Manager are a <dl> too,
    // and the first definition on the page used to be theirs (read before the config rendered).
    const config = page
      .getByRole('main')
      .locator('dl')
      .filter({ hasText: 'Username and app password' })
    await expect(config).toBeVisible()
    const pairs = await config
      .locator('div')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('dt')?.textContent ?? '',
          r.querySelector('dd')?.textContent ?? '',
        ]),
      )
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Authentication', 'Username and app password'],
        ['Username', 'svc-ci'],
        ['App password', 'account.bitbucket_password secret'],
      ]),
    )
    // Raw spec paths stay in the YAML.
    for (const [term] of pairs) expect(term).not.toMatch(/[.[\]]|Ref$/)
    // Each value sits beside or under its label, never over it.
    const term = config.getByRole('term').filter({ hasText: 'App password' })
    const value = config.getByRole('definition').filter({ hasText: 'account.bitbucket_password' })
    const [t, v] = [(await term.boundingBox())!, (await value.boundingBox())!]
    const overlaps =
      t.x < v.x + v.width && v.x < t.x + t.width && t.y < v.y + v.height && v.y < t.y + t.height
    expect(overlaps).toBe(false)
  })

test('connector detail on a phone: one way back, YAML keeps its indentation, the reference once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, '/connectors/github_acme')
  const main = page.getByRole('main')
  // The breadcrumb is the way back; no second "All connectors" link beside it.
  await expect(main.getByRole('link', { name: 'Connectors', exact: true })).toBeVisible()
  await expect(main.getByRole('link', { name: 'All connectors' })).toHaveCount(0)
  // The reference shows once, with its own Copy.
  await expect(main.getByText('connectorRef: account.github_acme', { exact: true })).toHaveCount(1)
  await expect(main.getByRole('button', { name: 'Copy connector reference' })).toBeVisible()
  // YAML lines do not wrap: the block scrolls sideways, its indentation intact.
  const yaml = main.locator('pre[aria-label="connector YAML"]')
  await expect(yaml).toContainText('connector:')
  expect(await yaml.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})
