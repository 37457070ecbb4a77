import type { Page } from '@playwright/test'

import { expect, expectAccessible, mock, openApp, test } from './fixtures'

/**
 * Usage before delete (issue 25): the dialog shows where a connector is used, a referenced one is
 * deleted only by force, and the account must allow force delete. The mock's seeded references
 * (github_acme: two pipelines, a service, a template) and its settings API drive both paths.
 */
const ACCOUNT = 'px7xd_BFRCi-pfWPYXVjvw'

/** Turn the account's force delete on or off through the settings API, as an admin would. */
const setForceDelete = (page: Page, on: boolean) =>
  page.evaluate(
    async ([account, value]) => {
      const res = await fetch(`/gateway/ng/api/settings?accountIdentifier=${account}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([
          { identifier: 'enable_force_delete', value, updateType: 'UPDATE', allowOverrides: false },
        ]),
      })
      return res.status
    },
    [ACCOUNT, String(on)] as const,
  )

const connectorStatus = (page: Page, identifier: string) =>
  page.evaluate(
    async ([account, id]) =>
      (await fetch(`/gateway/ng/api/connectors/${id}?accountIdentifier=${account}`)).status,
    [ACCOUNT, identifier] as const,
  )

async function openDelete(page: Page, path: string, name: string) {
  await openApp(page, path)
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: `Delete ${name}?` })
  await expect(dialog).toBeVisible()
  return dialog
}

test('a connector in use: its usages, then deleted anyway by force', async ({ page }) => {
  await openApp(page, '/connectors/github_acme')
  await expect(page.getByRole('main')).toContainText(
    'Used by4 entities: 2 pipelines, 1 service, 1 template',
  )
  const dialog = await openDelete(page, '/connectors/github_acme', 'GitHub acme')
  await expect(dialog.getByText('Used by 4 entities.')).toBeVisible()
  const pipelines = dialog.getByRole('region', { name: /Pipelines/ })
  await expect(pipelines.getByRole('listitem')).toHaveText([
    /Build and push checkout.*Project default \/ ci_builds/,
    /Deploy payments API.*Project payments \/ checkout/,
  ])
  await expect(dialog.getByRole('region', { name: /Services/ })).toContainText('Checkout API')
  // No plain delete; the force delete waits for the checkbox that says what it does.
  await expect(dialog.getByRole('button', { name: /^Delete from/ })).toHaveCount(0)
  const force = dialog.getByRole('button', { name: 'Delete anyway (force)' })
  await expect(force).toBeDisabled()
  await expect(dialog.getByText(/This account allows it/)).toBeVisible()
  await dialog.getByRole('checkbox', { name: /Force delete/ }).check()
  await force.click()
  await expect(page).toHaveURL(/\/connectors$/)
  await expect(page.getByRole('link', { name: 'GitHub acme', exact: true })).toHaveCount(0)
  expect(await connectorStatus(page, 'github_acme')).toBe(400)
})

test('force delete the account does not allow: said before, and refused in words', async ({
  page,
}) => {
  await openApp(page, '/connectors/github_acme')
  expect(await setForceDelete(page, false)).toBe(200)
  let dialog = await openDelete(page, '/connectors/github_acme', 'GitHub acme')
  await expect(dialog.getByText(/This account does not allow it/)).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: /Force delete/ })).toBeDisabled()
  await expect(dialog.getByRole('button', { name: 'Delete anyway (force)' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // Allowed when the dialog opens, turned off before the click: the Manager's refusal, in words.
  expect(await setForceDelete(page, true)).toBe(200)
  dialog = await openDelete(page, '/connectors/github_acme', 'GitHub acme')
  await expect(dialog.getByText(/This account allows it/)).toBeVisible()
  const box = dialog.getByRole('checkbox', { name: /Force delete/ })
  await box.check()
  expect(await setForceDelete(page, false)).toBe(200)
  await dialog.getByRole('button', { name: 'Delete anyway (force)' }).click()
  await expect(dialog.getByRole('alert')).toContainText(
    'The Manager refused the force delete, and nothing was deleted',
  )
  await expect(dialog.getByText(/This account does not allow it/)).toBeVisible()
  await expect(box).toBeChecked()
  expect(await connectorStatus(page, 'github_acme')).toBe(200)
})

test('usages that do not load: a plain delete the Manager refuses in words, then the usages', async ({
  page,
}) => {
  await openApp(page, '/connectors')
  // Twice: the detail page's "Used by", then the dialog's own read (a 403 is not retried).
  await mock(page, 'setFaults', {
    rules: [
      { path: '/ng/api/entitySetupUsage', method: 'GET', kind: 'status', status: 403, times: 2 },
    ],
  })
  const dialog = await openDelete(page, '/connectors/github_acme', 'GitHub acme')
  await expect(dialog.getByText(/Could not check where it is used/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Delete from the account' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'The Manager did not delete it because other entities refer to it: “Could not delete the connector github_acme as it is referenced by other entities”.',
  )
  // Its answer reads the usages again: now they show, and the only way on is force.
  await expect(dialog.getByText('Used by 4 entities.')).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: /Force delete/ })).not.toBeChecked()
  await expect(dialog.getByRole('button', { name: 'Delete anyway (force)' })).toBeDisabled()
  expect(await connectorStatus(page, 'github_acme')).toBe(200)
})

test('an unused connector deletes as before', async ({ page }) => {
  const dialog = await openDelete(page, '/connectors/splunk_cloud', 'Splunk Cloud')
  await expect(dialog.getByText(/Not used anywhere Harness knows of/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Delete from the account' }).click()
  await expect(page).toHaveURL(/\/connectors$/)
  expect(await connectorStatus(page, 'splunk_cloud')).toBe(400)
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`the delete dialog with usages and force delete reads in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    const dialog = await openDelete(page, '/connectors/github_acme', 'GitHub acme')
    await dialog.getByRole('checkbox', { name: /Force delete/ }).check()
    await expectAccessible(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await expect(dialog.getByRole('button', { name: 'Delete anyway (force)' })).toBeVisible()
    await expectAccessible(page)
  })
