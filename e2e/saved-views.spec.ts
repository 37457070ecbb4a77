import { expect, expectAccessible, openApp, settled, test } from './fixtures'

/** Saved views (issue 25): save the filters of a list, open them again, share, rename, delete. */

test('a saved view round trip: save, leave, open it, share its link, rename, delete', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page, '/connectors?status=failed&q=a&page=2')
  const views = page.getByRole('navigation', { name: 'Saved views' })
  // The built-in view is there, and this URL is not it (it has a search too).
  await expect(views.getByRole('link', { name: 'Failing connectors' })).not.toHaveAttribute(
    'aria-current',
  )
  await views.getByRole('button', { name: 'Save view' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this view' })
  await dialog.getByRole('button', { name: 'Save view' }).click()
  await expect(dialog.getByText('Give the view a name.')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Failing with a')
  await dialog.getByRole('button', { name: 'Save view' }).click()
  await expect(dialog).toBeHidden()
  const saved = views.getByRole('link', { name: 'Failing with a' })
  await expect(saved).toHaveAttribute('aria-current', 'true')
  // Paging is not part of a view.
  await expect(saved).toHaveAttribute('href', '/connectors?q=a&status=failed')

  // Elsewhere and back: the view brings the filters back.
  await page.getByRole('link', { name: 'Network' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible()
  await page.goBack()
  await page.goto('/connectors')
  await settled(page)
  await views.getByRole('link', { name: 'Failing with a' }).click()
  await expect(page).toHaveURL(/\/connectors\?q=a&status=failed$/)
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('a')

  // Its link, copied from Manage, opens the same view in a new tab.
  await views.getByRole('button', { name: 'Manage' }).click()
  const manage = page.getByRole('dialog', { name: 'Saved views' })
  await manage.getByRole('button', { name: 'Copy link to Failing with a' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(link).pathname + new URL(link).search).toBe('/connectors?q=a&status=failed')
  const other = await context.newPage()
  await openApp(other, link)
  await expect(other.getByRole('searchbox', { name: /Search/ })).toHaveValue('a')
  await other.close()

  // Rename (a taken name is refused at the field), then delete.
  const name = manage.getByRole('textbox', { name: 'Name of Failing with a' })
  await name.fill('failing connectors')
  await manage.getByRole('button', { name: 'Rename' }).click()
  // Built-in names are taken too.
  await expect(manage.getByText('A view named failing connectors already exists.')).toBeVisible()
  await name.fill('Search a, failing')
  await manage.getByRole('button', { name: 'Rename' }).click()
  // The dialog is modal: the row behind it shows the new name once it closes.
  await expect(manage.getByRole('textbox', { name: 'Name of Search a, failing' })).toBeVisible()
  // The dialog itself: the "Renamed" toast is still fading in, and axe reads its contrast mid-way.
  await expectAccessible(page, '[role="dialog"]')
  await manage.getByRole('button', { name: 'Done' }).click()
  await expect(views.getByRole('link', { name: 'Search a, failing' })).toBeVisible()
  await views.getByRole('button', { name: 'Manage' }).click()
  await manage.getByRole('button', { name: 'Delete Search a, failing' }).click()
  await expect(manage.getByText('No saved views left.')).toBeVisible()
  await manage.getByRole('button', { name: 'Done' }).click()
  await expect(views.getByRole('link', { name: 'Search a, failing' })).toHaveCount(0)
})

test('built-in views: failing connectors, expiring tokens, delegates behind on version', async ({
  page,
}) => {
  await openApp(page, '/connectors')
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'Failing connectors' })
    .click()
  await expect(page).toHaveURL(/\/connectors\?status=failed$/)

  // The org Payments has a token of its own (a scope with none shows its empty state alone).
  await openApp(page, '/delegates/tokens?org=payments')
  const expiring = page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'Expiring tokens' })
  // A view keeps the scope the admin is in.
  await expect(expiring).toHaveAttribute('href', /state=expiring/)
  await expect(expiring).toHaveAttribute('href', /org=payments/)

  await openApp(page, '/delegates')
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'Behind on version' })
    .click()
  await expect(page).toHaveURL(/\/delegates\?behind=1$/)
  await expect(page.getByLabel('Behind on version only')).toBeChecked()
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`the views row on a phone, ${colorScheme}: fits and reads`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 390, height: 844 })
    await openApp(page, '/delegates/tokens?state=expiring')
    await settled(page)
    await expect(
      page
        .getByRole('navigation', { name: 'Saved views' })
        .getByRole('link', { name: 'Expiring tokens' }),
    ).toHaveAttribute('aria-current', 'true')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expectAccessible(page, 'nav[aria-label="Saved views"]')
  })
