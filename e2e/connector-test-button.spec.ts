import { axe, expect, expectAccessible, mock, openApp, test } from './fixtures'

test('during test all, each running Test button is named by what it shows: "Testing …" (axe label-content-name-mismatch)', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  // Slow tests, so the buttons stay in "Testing…" long enough to look at.
  await mock(page, 'setFaults', { latencyMs: 4_000 })
  await page.getByRole('button', { name: 'Test all' }).click()
  const running = page.getByRole('button', { name: /^Testing / }).first()
  await expect(running).toBeVisible()
  await expect(running).toHaveText('Testing…')
  await expectAccessible(page, 'table')
  // label-content-name-mismatch is an experimental axe rule: the usual tags do not run it.
  const { violations } = await axe(page)
    .include('table')
    .withRules(['label-content-name-mismatch'])
    .analyze()
  expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([])
  await page.getByRole('button', { name: 'Cancel' }).click()
  await mock(page, 'clearFaults')
})
