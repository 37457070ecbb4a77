import { expect, expectAccessible, mock, openApp, settled, test } from './fixtures'

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

test('a deep link with filters shows them applied, and a reload keeps them', async ({ page }) => {
  await openApp(page, '/delegates?status=disconnected&type=DOCKER')
  const table = page.getByRole('table', { name: 'Delegate groups' })
  await expect(table.getByRole('row', { name: /docker-build-01/ })).toBeVisible()
  await expect(
    table.getByRole('row', { name: /ecs-legacy|k8s-prod-east|helm-staging/ }),
  ).toHaveCount(0)
  await expect(page.getByLabel('Status')).toHaveValue('disconnected')
  await expect(page.getByLabel('Type')).toHaveValue('DOCKER')
  await expect(page.getByRole('button', { name: '2 disconnected' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 4 groups')
  await page.reload()
  await expect(table.getByRole('row', { name: /docker-build-01/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /ecs-legacy/ })).toHaveCount(0)
})

test('a count filters the list on it; Back undoes it', async ({ page }) => {
  await openApp(page, '/delegates')
  const table = page.getByRole('table', { name: 'Delegate groups' })
  await expect(table.getByRole('row', { name: /k8s-prod-east/ })).toBeVisible()
  const counts = page.getByRole('group', { name: 'Delegate groups at this scope' })
  await expect(counts).toContainText('4 groups')
  await counts.getByRole('button', { name: '2 behind on version' }).click()
  await expect(page).toHaveURL(/\/delegates\?behind=1$/)
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row', { name: /docker-build-01/ })).toContainText(
    /Upgrade needed \(latest supported \d+\.\d+\.\d+\)/,
  )
  await expect(page.getByLabel('Behind on version only')).toBeChecked()
  await page.goBack()
  await expect(table.getByRole('row')).toHaveCount(5)
  await expect(counts.getByRole('button', { name: '2 behind on version' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
})

test('search by name or selector, in the URL; no match says so and clears', async ({ page }) => {
  await openApp(page, '/delegates')
  const table = page.getByRole('table', { name: 'Delegate groups' })
  await expect(table.getByRole('row', { name: /k8s-prod-east/ })).toBeVisible()
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('staging')
  await expect(page).toHaveURL(/\/delegates\?q=staging$/)
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row', { name: /helm-staging/ })).toBeVisible()
  await search.fill('nothing-like-this')
  await expect(page.getByRole('heading', { name: 'No group matches these filters' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(search).toHaveValue('')
  await expect(table.getByRole('row')).toHaveCount(5)
  // "eks" is in no name: a selector (tag) of k8s-prod-east.
  await search.fill('eks')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('link', { name: 'k8s-prod-east' })).toHaveAttribute(
    'href',
    '/delegates/groups/k8s_prod_east',
  )
})

for (const colorScheme of ['light', 'dark'] as const)
  for (const width of [1280, 390])
    test.describe(`the filtered list, ${colorScheme} theme, ${width} px wide`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } })

      test('reads, fits the screen and passes axe', async ({ page }) => {
        await openApp(page, '/delegates?behind=1&status=disconnected&q=e')
        const table = page.getByRole('table', { name: 'Delegate groups' })
        await expect(table.getByRole('row', { name: /ecs-legacy/ })).toBeVisible()
        await expect(table.getByText('Upgrade needed').first()).toBeVisible()
        await expect(
          table.getByRole('row', { name: /ecs-legacy/ }).getByText(/^Expires in \d+ days?$/),
        ).toBeVisible()
        await settled(page)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
        await expectAccessible(page)
      })
    })
