import type { Page } from '@playwright/test'

import { expect, expectAccessible, mock, openApp, test } from './fixtures'

const table = (page: Page) => page.getByRole('table', { name: /Connectors, page/ })
const statusOfRows = (page: Page) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox') })
    .locator('td:nth-child(3)')

/** How many connectors the stats strip counts with a status, e.g. "6 Failed". */
async function countOf(page: Page, label: string) {
  const button = page
    .getByRole('group', { name: 'Connectors by status' })
    .getByRole('button', { name: new RegExp(label) })
  await expect(button).toContainText(/\d+/)
  return Number((await button.textContent())!.match(/\d+/)![0])
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('test all goes on while the admin is on another page: progress in the header, the summary and retry on return', async ({
      page,
    }) => {
      // Seventeen tests slowed down, a second page, two runs and axe three times: axe alone took
      // 7 s a run with two workers on a loaded 2-core machine.
      test.setTimeout(300_000)
      await openApp(page, '/connectors')
      await expect(table(page).getByRole('row')).toHaveCount(18)
      // Slow every answer, so the run is still going when the admin has moved on.
      await mock(page, 'setFaults', { latencyMs: 1_500 })
      await page.getByRole('button', { name: 'Test all' }).click()
      await expect(page.getByRole('progressbar', { name: 'Testing connectors' })).toBeVisible()

      if (width === 390) await page.getByRole('button', { name: 'Menu' }).click()
      await page.getByRole('navigation').getByRole('link', { name: 'Network' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible()
      const run = page.getByRole('banner').getByRole('link', { name: /^Test run · Account:/ })
      await expect(run).toHaveText(/\d+ of 17/)
      await expect(run).toHaveAttribute('href', '/connectors')
      await expectAccessible(page)

      await mock(page, 'clearFaults')
      // The run ends while the admin is away, and says so there.
      await expect(run).toHaveText(/\d+ failed/, { timeout: 30_000 })
      await expect(
        page.getByRole('status').filter({ hasText: 'Test run at Account finished' }),
      ).toBeAttached()
      await expectAccessible(page)

      await run.click()
      const finished = page.getByRole('heading', { name: /Test run finished: \d+ passed/ })
      await expect(finished).toBeVisible()
      const [, passed, failed] = (await finished.textContent())!
        .match(/(\d+) passed, (\d+) failed/)!
        .map(Number)
      expect(passed + failed).toBe(17)
      await expect(page.getByRole('list', { name: 'What failed and why' })).toContainText(
        'Bitbucket legacy',
      )
      await expectAccessible(page)
      await page.getByRole('button', { name: `Retry the failed ones (${failed})` }).click()
      await expect(
        page.getByRole('heading', { name: `Test run finished: 0 passed, ${failed} failed` }),
      ).toBeVisible({ timeout: 30_000 })
      await expect(run).toContainText(`: ${failed} failed`)
    })
  })
}

test('a run belongs to the scope it was started in: another scope names it and links to it', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page, '/connectors?org=default')
  await expect(table(page).getByRole('row').nth(1)).toBeVisible()
  await mock(page, 'setFaults', { latencyMs: 1_500 })
  await page.getByRole('button', { name: 'Test all' }).click()
  const run = page.getByRole('banner').getByRole('link', { name: /^Test run · Org default:/ })
  await expect(run).toHaveAttribute('href', '/connectors?org=default')

  await page.getByRole('button', { name: /change scope/ }).click()
  await page.getByRole('menuitemradio', { name: 'Account' }).click()
  await expect(page).toHaveURL(/\/connectors$/)
  const notice = page.getByText(/A test run started at another scope \(Org default\) is going on/)
  await expect(notice).toBeVisible()
  await expect(page.getByRole('button', { name: 'Test all' })).toBeDisabled()
  await expect(page.getByRole('heading', { name: /Test run finished/ })).toHaveCount(0)
  await expectAccessible(page)

  await mock(page, 'clearFaults')
  await page.getByRole('link', { name: /See its (progress|summary)/ }).click()
  await expect(page).toHaveURL(/\/connectors\?org=default$/)
  await expect(page.getByRole('heading', { name: /Test run finished/ })).toBeVisible({
    timeout: 30_000,
  })
})

test('failed first by default; the columns sort, in the URL, and Back and a reload keep it', async ({
  page,
}) => {
  // Three loads of the list and axe over it: over 30 s on a loaded 2-core machine.
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  const failed = await countOf(page, 'Failed')
  expect(failed).toBeGreaterThan(1)
  const statuses = statusOfRows(page)
  await expect(statuses).toHaveCount(17)
  const first = (await statuses.allTextContents()).slice(0, failed + 1)
  expect(first.slice(0, failed).every((s) => s.startsWith('Failed'))).toBe(true)
  expect(first[failed]).not.toMatch(/^Failed/)
  await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )

  await page.getByRole('button', { name: 'Connector', exact: true }).click()
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/)
  await expect(page.getByRole('columnheader', { name: 'Connector' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const names = table(page).getByRole('row').locator('td:nth-child(2) a')
  await expect(names.first()).toHaveText('AppDynamics')
  await page.getByRole('button', { name: 'Connector', exact: true }).click()
  await expect(page).toHaveURL(/sort=name&dir=desc/)
  await expect(names.first()).toHaveText('Splunk Cloud')
  await page.reload()
  await expect(names.first()).toHaveText('Splunk Cloud')
  await expect(page.getByRole('columnheader', { name: 'Connector' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await page.goBack()
  await expect(page).not.toHaveURL(/dir=desc/)
  await expect(names.first()).toHaveText('AppDynamics')
  await expectAccessible(page)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the sort is a control above the cards, in the URL, and the error shows whole on a tap', async ({
    page,
  }) => {
    // Two sorts, an expanded error and axe over 17 cards: slower than 30 s under load.
    test.setTimeout(120_000)
    await openApp(page, '/connectors')
    const sort = page.getByLabel('Sort', { exact: true })
    await expect(sort).toHaveValue('status:asc')
    await sort.selectOption({ label: 'Last tested, oldest first' })
    await expect(page).toHaveURL(/sort=tested&dir=asc/)
    // Never tested first: the oldest test is no test at all.
    await expect(statusOfRows(page).first()).toContainText('Unconfigured')
    await sort.selectOption({ label: 'Status, failed first' })
    await expect(page).not.toHaveURL(/sort=/)
    const error = table(page)
      .getByRole('row', { name: /Bitbucket legacy/ })
      .getByRole('button', { name: /Unable to connect/ })
    await expect(error).toHaveAttribute('aria-expanded', 'false')
    const clamped = await error.evaluate((e) => e.scrollHeight > e.clientHeight + 1)
    expect(clamped).toBe(true)
    await error.click()
    await expect(error).toHaveAttribute('aria-expanded', 'true')
    expect(await error.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true)
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expectAccessible(page)
  })
})
