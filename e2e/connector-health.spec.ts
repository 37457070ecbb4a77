import { expect, expectAccessible, mock, openApp, test } from './fixtures'

const row = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })

test('filters by status through the URL, and the summary strip and Back keep it', async ({
  page,
}) => {
  await openApp(page, '/connectors?status=failed')
  await expect(page.getByRole('link', { name: 'Datadog', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Docker Hub', exact: true })).toHaveCount(0)
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('failed')

  await page
    .getByRole('group', { name: 'Connectors by status' })
    .getByRole('button', { name: /Active/ })
    .click()
  await expect(page).toHaveURL(/status=active/)
  await expect(page.getByRole('link', { name: 'Docker Hub', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Datadog', exact: true })).toHaveCount(0)

  await page.goBack()
  await expect(page).toHaveURL(/status=failed/)
  await expect(page.getByRole('link', { name: 'Datadog', exact: true })).toBeVisible()
  await expectAccessible(page)
})

test('search is debounced into the URL', async ({ page }) => {
  await openApp(page, '/connectors')
  await page.getByRole('searchbox', { name: 'Search connectors' }).fill('vault')
  await expect(page).toHaveURL(/q=vault/)
  await expect(page.getByRole('link', { name: 'HashiCorp Vault', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Datadog', exact: true })).toHaveCount(0)
})

test('a one-click test that fails shows the failed stage, the reason and the port hints; the row updates', async ({
  page,
}) => {
  await openApp(page, '/connectors')
  await row(page, 'Bitbucket legacy').getByRole('button', { name: 'Test Bitbucket legacy' }).click()
  const dialog = page.getByRole('dialog', { name: 'Test: Bitbucket legacy' })
  await expect(
    dialog.getByText('Connection test failed: the endpoint was unreachable'),
  ).toBeVisible()
  const stages = dialog.getByRole('list', { name: 'Test stages' }).getByRole('listitem')
  // Only what the answer shows: the delegate it names ran the test, the connection failed, and
  // authentication (after the connection) was never reached.
  await expect(stages).toHaveText([
    /Validation: not known/,
    /Delegate: passed/,
    /Connection: failed/,
    /Authentication: not known.*Not reached/,
    /Operation: not known.*Not reached/,
  ])
  await expect(stages.nth(2)).toContainText('UnknownHostException')
  await expect(stages.nth(1)).toContainText(
    /Ran on delegate k8s-prod-east \(instance k8s-prod-east-/,
  )
  await expect(dialog.getByRole('list', { name: 'Endpoints' })).toContainText(
    'bitbucket.acme-corp.invalid:443',
  )
  await expect(
    dialog.getByRole('complementary', { name: 'What this connector needs' }),
  ).toContainText('Ports the delegate needs')
  await expectAccessible(page, '[role="dialog"]')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(row(page, 'Bitbucket legacy')).toContainText(
    'Unable to connect to bitbucket.acme-corp.invalid',
  )
})

test('a one-click test that succeeds passes every stage and turns the row Active', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  await expect(row(page, 'On-prem Kubernetes')).toContainText('Unconfigured')
  await row(page, 'Splunk Cloud').getByRole('button', { name: 'Test Splunk Cloud' }).click()
  const dialog = page.getByRole('dialog', { name: 'Test: Splunk Cloud' })
  await expect(dialog.getByText('Connection successful')).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Test stages' }).getByRole('listitem')).toHaveText([
    /Validation: passed/,
    /Delegate: passed/,
    /Connection: passed/,
    /Authentication: passed/,
    /Operation: passed/,
  ])
  // The delegate is named by group and instance, not the raw instance id, and links to its group.
  await expect(dialog).toContainText(/Ran on delegate k8s-prod-east \(instance k8s-prod-east-\S+\)/)
  await expect(dialog).not.toContainText('d-1a')
  await expectAccessible(page, '[role="dialog"]')
  const delegate = await dialog.getByRole('link', { name: 'k8s-prod-east' }).getAttribute('href')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(row(page, 'Splunk Cloud')).toContainText('Active')
  // axe over the dialog can take seconds on a loaded machine.
  await expect(row(page, 'Splunk Cloud')).toContainText(/just now|\d+ seconds ago/)
  expect(delegate).toBe('/delegates/groups/k8s_prod_east')
  await page.goto(delegate!)
  await expect(page.getByRole('heading', { level: 1, name: 'k8s-prod-east' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByRole('table', { name: 'Instances' })).toContainText(/k8s-prod-east-\S+/)
})

test('test all: the progress bar runs to the end, then what failed and why, and retry the failed ones', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  const strip = page.getByRole('group', { name: 'Connectors by status' })
  await expect(strip).toContainText(/\d+ connectors/)
  const total = Number((await strip.textContent())!.match(/(\d+) connectors/)![1])
  await page.getByRole('button', { name: 'Test all' }).click()
  const bar = page.getByRole('progressbar', { name: 'Testing connectors' })
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('aria-valuemax', String(total))
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
  const finished = page.getByRole('heading', { name: /Test run finished/ })
  await expect(finished).toBeVisible({ timeout: 20_000 })
  // Every connector was tested: passed + failed = all of them.
  const [, passed, failed] = (await finished.textContent())!
    .match(/(\d+) passed, (\d+) failed/)!
    .map(Number)
  expect(passed + failed).toBe(total)
  const failures = page.getByRole('list', { name: 'What failed and why' })
  await expect(failures).toContainText('The endpoint was unreachable')
  await expect(failures).toContainText('Bitbucket legacy')
  await expect(failures).toContainText('The credentials were rejected')
  await expectAccessible(page)

  const retry = page.getByRole('button', { name: /Retry the failed ones \((\d+)\)/ })
  const count = Number((await retry.textContent())?.match(/\((\d+)\)/)?.[1])
  await retry.click()
  await expect(
    page.getByRole('heading', { name: new RegExp(`Test run finished: 0 passed, ${count} failed`) }),
  ).toBeVisible({ timeout: 20_000 })
})

test('cancel stops a test-all run and leaves the rest untested', async ({ page }) => {
  await openApp(page, '/connectors')
  await page.getByRole('button', { name: 'Test all' }).click()
  await expect(page.getByRole('progressbar', { name: 'Testing connectors' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { name: /Test run cancelled: .* not run/ })).toBeVisible()
})

test('a 5,000-connector account is paged by the server, 50 rows at a time', async ({ page }) => {
  // 5,000 seeded connectors and axe over 50 rows: slower on a loaded CI machine.
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  await mock(page, 'reset', 'large')
  const requests: string[] = []
  page.on('request', (r) => r.url().includes('/connectors/listV2') && requests.push(r.url()))
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(/1–50 of 4,9\d\d/)
  await expect(page.getByRole('group', { name: 'Connectors by status' })).toContainText(
    /4,9\d\d connectors/,
  )
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(51)
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('51–100')
  expect(requests.every((u) => Number(new URL(u).searchParams.get('pageSize')) <= 100)).toBe(true)
  await expectAccessible(page)
})

test('the detail page shows overview, configuration, hints, reference and a test with its history', async ({
  page,
}) => {
  await openApp(page, '/connectors/datadog')
  await expect(page.getByRole('heading', { level: 1, name: 'Datadog' })).toBeVisible()
  await expect(page.getByText('account.datadog_api_key', { exact: true })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'What this connector needs' })).toBeVisible()
  await expect(page.getByText('connectorRef: account.datadog')).toBeVisible()
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(
    page.getByText('Connection test failed: the credentials were rejected'),
  ).toBeVisible()
  await expect(
    page.getByRole('complementary', { name: 'What this connector needs' }).first(),
  ).toContainText('Permissions')
  await expect(page.getByRole('img', { name: /Test results over time/ })).toBeVisible()
  await expectAccessible(page)
})

test('a link to a connector that is not there says so, with a way back and no pointless retry', async ({
  page,
}) => {
  await openApp(page, '/connectors/no_such_connector?org=default')
  await expect(page.getByRole('heading', { level: 1, name: 'Connector not found' })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'No connector no_such_connector at this scope' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  await expectAccessible(page)
  await page.getByRole('link', { name: 'All connectors' }).last().click()
  await expect(page).toHaveURL(/\/connectors\?org=default$/)
})

test('the list says so when the account has no connectors, and when the Manager fails', async ({
  page,
}) => {
  // Three page loads (seed, fault, retry).
  test.setTimeout(120_000)
  await openApp(page, '/connectors')
  await mock(page, 'reset', 'empty')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No connectors at this scope yet' })).toBeVisible()
  // The empty state alone: no zero counts, filters or Test all above it.
  await expect(page.getByRole('searchbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Test all' })).toHaveCount(0)

  await mock(page, 'setFaults', { rules: [{ path: '/ng/api/connectors/listV2', status: 500 }] })
  await page.reload()
  const error = page.getByRole('alert').filter({ hasText: 'Could not load the connectors' })
  await expect(error).toBeVisible({ timeout: 15_000 })
  await mock(page, 'clearFaults')
  await error.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: 'No connectors at this scope yet' })).toBeVisible()
})
