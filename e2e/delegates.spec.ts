import { expect, expectAccessible, mock, openApp, test } from './fixtures'

test('delegate groups show type, connectivity, heartbeat, version and instances, and flag revoked tokens', async ({
  page,
}) => {
  await openApp(page, '/delegates')
  const table = page.getByRole('table', { name: 'Delegate groups' })
  const k8s = table.getByRole('row', { name: /k8s-prod-east/ })
  await expect(k8s.getByText('Kubernetes')).toBeVisible()
  await expect(k8s.getByText('Connected', { exact: true })).toBeVisible()
  await expect(k8s.getByText('2 of 2 connected')).toBeVisible()
  await expect(
    table.getByRole('row', { name: /helm-staging/ }).getByText('Partially connected'),
  ).toBeVisible()
  await expect(
    table.getByRole('row', { name: /docker-build-01/ }).getByText('3 days ago'),
  ).toBeVisible()
  await expect(
    table.getByRole('row', { name: /ecs-legacy/ }).getByText(/Runs on a revoked token/),
  ).toBeVisible()
  await expectAccessible(page)
})

test('the token list links to the delegates using a token, filtered in the URL', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens')
  await page.getByRole('link', { name: '1 delegate group using eks_prod_token' }).click()
  await expect(page).toHaveURL(/\/delegates\?token=eks_prod_token$/)
  await expect(page.getByText('Showing delegates using token')).toBeVisible()
  await expect(page.getByRole('row', { name: /k8s-prod-east/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /helm-staging/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show all delegates' }).click()
  await expect(page.getByRole('row', { name: /helm-staging/ })).toBeVisible()
})

test('an account without delegates says so and points to the installers', async ({ page }) => {
  await openApp(page, '/delegates')
  await mock(page, 'reset', 'empty')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No delegates at this scope' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Install a delegate' })).toBeVisible()
})

test('a failing list shows an error with a retry that recovers', async ({ page }) => {
  // Start on a page that does not read delegate groups (Getting started's checklist does).
  await openApp(page, '/network')
  await mock(page, 'setFaults', {
    rules: [{ path: '/api/setup/delegates/ng/v2', status: 400, times: 1 }],
  })
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Delegates', exact: true })
    .click()
  await expect(page.getByRole('heading', { name: 'Could not load the delegates' })).toBeVisible()
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('row', { name: /k8s-prod-east/ })).toBeVisible()
})
