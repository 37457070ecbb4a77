import { expect, openApp, test } from './fixtures'

for (const width of [1280, 390])
  test(`connector detail at ${width} px: the configuration reads as the form's labels and values`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openApp(page, '/connectors/bitbucket_legacy')
    const config = page.getByRole('definition').locator('xpath=ancestor::dl')
    await expect(config.getByRole('term').first()).toBeVisible()
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
