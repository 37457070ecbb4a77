import type { Page } from '@playwright/test'

import { expect, expectAccessible, openApp, settled, test } from './fixtures'

/**
 * A delegate group's page (issue 24): what it is, its versions, pinning, tags with the selector
 * preview, deletion with the uninstall commands, what depends on it, and the troubleshooter.
 */

async function openGroup(page: Page, identifier: string) {
  await openApp(page, `/delegates/groups/${identifier}`)
  await settled(page)
}

const card = (page: Page, title: string) =>
  page
    .getByRole('main')
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: title }) })

test('from the list to a group: overview, token, instances, version, pin and dependents', async ({
  page,
}) => {
  await openApp(page, '/delegates')
  await page.getByRole('link', { name: 'k8s-prod-east' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'k8s-prod-east' })).toBeVisible()
  await expect(page).toHaveURL(/\/delegates\/groups\/k8s_prod_east$/)
  await settled(page)

  const overview = card(page, 'Overview')
  await expect(overview.getByText('Connected', { exact: true })).toBeVisible()
  // The token, found through the token API, links to the tokens page.
  const token = overview.getByRole('link', { name: 'eks_prod_token' })
  await expect(token).toHaveAttribute('href', /\/delegates\/tokens\?q=eks_prod_token/)
  await expect(overview.getByRole('list', { name: 'Selectors' })).toContainText('eks')

  const instances = page.getByRole('table', { name: 'Instances' })
  await expect(instances.getByRole('row')).toHaveCount(3)
  await expect(instances).toContainText('k8s-prod-east-7c9f8d6b5-2xkqz')

  // Production is pinned in the seed: the card says to what, and what that stops.
  const version = card(page, 'Version and upgrades')
  await expect(version.getByText('Auto-upgrade on')).toBeVisible()
  await expect(version.getByText(/^Pinned to \d{2}\.\d{2}\.\d+ until/)).toBeVisible()
  await expect(version.getByText(/no new release reaches it while pinned/)).toBeVisible()

  // Connectors that name `prod` or `eks` have no other group; those without selectors do.
  const dependents = card(page, 'What depends on it')
  await expect(
    dependents.getByRole('heading', { name: /Only this group serves them/ }),
  ).toBeVisible()
  await expect(dependents.getByRole('link', { name: 'EKS prod cluster' })).toBeVisible()
  await expect(dependents.getByText(/with no selectors, which take any delegate/)).toBeVisible()
})

test('edit tags: the preview names what the change strands, and the save sticks', async ({
  page,
}) => {
  await openGroup(page, 'helm_staging')
  await page.getByRole('button', { name: 'Edit tags' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tags of helm-staging' })
  // A space is refused at the field, and nothing typed is lost.
  const input = dialog.getByRole('textbox', { name: 'Add a tag' })
  await input.fill('eu west')
  await input.press('Enter')
  await expect(dialog.getByText('A tag cannot contain spaces or commas')).toBeVisible()
  await expect(input).toHaveValue('eu west')
  await input.fill('eu-west')
  await input.press('Enter')
  await dialog.getByRole('button', { name: 'Remove tag staging' }).click()
  // onprem_k8s names `staging`, and no other group carries it.
  await expect(dialog.getByText(/would have no delegate at all/)).toContainText('On-prem')
  await dialog.getByRole('button', { name: 'Save tags' }).click()
  await expect(dialog).toBeHidden()
  const selectors = page.getByRole('list', { name: 'Selectors' })
  await expect(selectors).toContainText('eu-west')
  // The group's name stays (helm-staging); the tag staging is gone.
  await expect(selectors.getByRole('listitem').filter({ hasText: /^staging$/ })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('list', { name: 'Selectors' })).toContainText('eu-west')
})

test('pin and unpin an image, with the warning of what pinning stops', async ({ page }) => {
  await openGroup(page, 'docker_build_01')
  const version = card(page, 'Version and upgrades')
  await expect(version.getByText('Upgrade needed')).toBeVisible()
  await expect(version.getByText('Auto-upgrade off')).toBeVisible()
  // Docker delegates need the separate upgrader: the card shows how.
  await expect(version.getByText('How to turn auto-upgrade on')).toBeVisible()

  await version.getByRole('button', { name: 'Pin image…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Pin the image of docker-build-01' })
  await expect(dialog.getByText(/get no new release, fix or security patch/)).toBeVisible()
  await expect(dialog.getByText(/Auto-upgrade is off for this group/)).toBeVisible()
  await dialog.getByRole('radio', { name: 'Another version' }).check()
  await dialog.getByRole('textbox', { name: 'Other version' }).fill('latest')
  await dialog.getByRole('button', { name: /^Pin to/ }).click()
  await expect(dialog.getByText(/Enter a delegate version as Harness names them/)).toBeVisible()
  await dialog.getByRole('radio', { name: /The latest supported/ }).check()
  await dialog.getByLabel('Pinned for').selectOption('90')
  await dialog.getByRole('button', { name: /^Pin to/ }).click()
  await expect(dialog).toBeHidden()
  await expect(version.getByText(/^Pinned to \d{2}\.\d{2}\.\d+ until/)).toBeVisible()

  await version.getByRole('button', { name: 'Unpin…' }).click()
  const unpin = page.getByRole('dialog', { name: 'Unpin docker-build-01?' })
  await unpin.getByRole('button', { name: 'Unpin', exact: true }).click()
  await expect(unpin).toBeHidden()
  await expect(version.getByText(/^Not pinned/)).toBeVisible()
})

test('delete a group: the docs warning, the uninstall commands, then it is gone', async ({
  page,
}) => {
  await openGroup(page, 'docker_build_01')
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete docker-build-01?' })
  await expect(dialog.getByText(/does not uninstall it/)).toBeVisible()
  await expect(dialog.getByText(/docker/).first()).toBeVisible()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Delete docker-build-01' }).click()
  await expect(page).toHaveURL(/\/delegates(\?|$)/)
  await expect(page.getByRole('heading', { level: 1, name: 'Delegates' })).toBeVisible()
  await settled(page)
  await expect(page.getByRole('link', { name: 'docker-build-01' })).toHaveCount(0)
  await openApp(page, '/delegates/groups/docker_build_01')
  await expect(page.getByText('No delegate group docker_build_01 at this scope')).toBeVisible()
})

test('a disconnected group on a revoked token: the troubleshooter says so first', async ({
  page,
}) => {
  await openGroup(page, 'ecs_legacy')
  await expect(page.getByText(/No instance of ecs-legacy has sent a heartbeat/)).toBeVisible()
  await page.getByRole('link', { name: 'Troubleshoot it step by step' }).click()
  const steps = card(page, 'Troubleshoot')
  await expect(steps).toBeInViewport()
  await expect(steps.getByText(/revoked/).first()).toBeVisible()
  // The old image also reaches End of Support soon.
  await expect(card(page, 'Version and upgrades').getByText(/^In \d+ days?$/)).toBeVisible()
})

// A partly connected Helm group in light; in dark a Docker group, whose upgrader command is long.
const looks = [
  { colorScheme: 'light', group: 'helm_staging', name: 'helm-staging' },
  { colorScheme: 'dark', group: 'docker_build_01', name: 'docker-build-01' },
] as const
for (const { colorScheme, group, name } of looks)
  for (const width of [1280, 390])
    test(`${name}'s page in ${colorScheme} at ${width} px: fits and reads (axe)`, async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width, height: 900 })
      await openGroup(page, group)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      )
      await expectAccessible(page)
      await page.getByRole('button', { name: 'Edit tags' }).click()
      await expect(page.getByRole('dialog', { name: `Tags of ${name}` })).toBeVisible()
      await settled(page)
      await expectAccessible(page)
    })

test('every seeded group fits a phone, its troubleshooter and commands included', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const group of ['k8s_prod_east', 'ecs_legacy']) {
    await openGroup(page, group)
    // Folded away for a connected group: open it, so its commands count too.
    const summary = page.locator('summary').filter({ hasText: 'Troubleshoot' })
    if (await summary.count()) await summary.click()
    await expect(page.getByRole('heading', { name: 'Did it come up?' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  }
})
