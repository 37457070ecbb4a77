import type { Request } from '@playwright/test'

import { getProvider } from '../src/catalog'
import { expect, expectAccessible, openApp, test } from './fixtures'
import { ConnectorWizardPage } from './pages/connector-wizard-page'

test('the picker and every wizard step are accessible, and the side panel stays on each step', async ({
  page,
}) => {
  await openApp(page, '/connectors/new?org=default&project=cd_platform')
  await expect(page.getByRole('heading', { level: 1, name: 'New connector' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('searchbox', { name: 'Search providers' }).fill('github')
  await page.getByRole('button', { name: /^GitHub Clone/ }).click()
  const wizard = new ConnectorWizardPage(page)
  const panel = page.getByRole('complementary', { name: 'What this connector needs' })
  await expect(wizard.step('Overview')).toBeVisible()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByText('Name is required')).toBeVisible()
  await expectAccessible(page)
  await wizard.fillOverview('Axe check')
  for (const step of ['Details', 'Credentials']) {
    await wizard.continue(step)
    await expect(panel).toBeVisible()
    await expectAccessible(page)
  }
  // The port the URL needs is shown at the URL field too.
  await expect(
    page.getByText(/The delegate needs outbound access to this address on 443 HTTPS/),
  ).toBeVisible()
  await wizard.fill(getProvider('github').authMethods[0].fields[0])
  await wizard.fill(getProvider('github').authMethods[0].fields[1])
  await wizard.fill(getProvider('github').authMethods[0].fields[2])
  await wizard.continue('Delegates')
  await page.getByRole('radio', { name: 'Only delegates with all of these selectors' }).check()
  await page.getByRole('textbox', { name: 'Delegate selectors' }).fill('prod')
  await page.getByRole('textbox', { name: 'Delegate selectors' }).press('Enter')
  // Live preview: the account's k8s-prod-east group has the tag, and it is connected or not.
  await expect(page.getByRole('region', { name: /delegate groups? match/ })).toContainText(
    'k8s-prod-east',
  )
  await expectAccessible(page)
  // The review before the save: where, how pipelines refer to it, every setting, as YAML too.
  await page.getByRole('button', { name: 'Review and save' }).click()
  const review = page.getByRole('dialog', { name: 'Review: create Axe check' })
  await expect(review).toContainText('The project default / cd_platform')
  await expect(review).toContainText('connectorRef: Axe_check')
  await expect(review.getByRole('row', { name: /spec\.delegateSelectors/ })).toContainText('prod')
  await expect(review.getByLabel('YAML changes')).toContainText('+  name: Axe check')
  await expectAccessible(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAccessible(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await review.getByRole('button', { name: 'Create connector' }).click()
  await expect(wizard.step('Connection test')).toBeVisible()
  await expect(page.getByText('connectorRef: Axe_check', { exact: true })).toBeVisible()
  await expect(page.getByText(/Connection successful|Connection failed/)).toBeVisible()
  await expectAccessible(page)
})

test('leaving a wizard with unsaved changes asks first', async ({ page }) => {
  await openApp(page, '/connectors/new?provider=gitlab')
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Half done')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Network' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click()
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Half done')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Network' })
    .click()
  await page.getByRole('dialog').getByRole('button', { name: 'Leave and discard' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible()
})

test('a provider with no connector type shows what to create instead and sends nothing', async ({
  page,
}) => {
  const writes: Request[] = []
  page.on(
    'request',
    (r) => r.method() !== 'GET' && r.url().includes('/connectors') && writes.push(r),
  )
  await openApp(page, '/connectors/new?category=cloud')
  await page.getByRole('button', { name: /^WinRM Windows/ }).click()
  await expect(
    page.getByText(/Create instead: a WinRM credential secret plus a Physical Data Center/),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'WinRM ports' })).toContainText('5986HTTPS')
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(0)
  await expectAccessible(page)
  expect(writes).toEqual([])
})

test('edit keeps the identifier, saves every field with PUT; delete names the scope', async ({
  page,
}) => {
  await openApp(page, '/connectors/gitlab_infra/edit?org=default')
  await expect(page.getByRole('heading', { level: 1, name: 'Edit GitLab infra' })).toBeVisible()
  const identifier = page.getByRole('textbox', { name: 'Identifier' })
  await expect(identifier).toHaveValue('gitlab_infra')
  await expect(identifier).toHaveAttribute('readonly', '')
  await page.getByRole('textbox', { name: 'Description' }).fill('Edited by e2e')
  const wizard = new ConnectorWizardPage(page)
  await wizard.continue('Details')
  await wizard.continue('Credentials')
  await wizard.continue('Delegates')
  const put = page.waitForRequest(
    (r) => r.method() === 'PUT' && r.url().includes('/ng/api/connectors'),
  )
  await page.getByRole('button', { name: 'Review changes' }).click()
  const review = page.getByRole('dialog', { name: 'Review changes to GitLab infra' })
  await expect(review.getByRole('row', { name: /description/ })).toContainText('Edited by e2e')
  await review.getByRole('button', { name: 'Save changes' }).click()
  const body = (await put).postDataJSON() as {
    connector: { identifier: string; description: string; spec: Record<string, unknown> }
  }
  expect(body.connector).toMatchObject({
    identifier: 'gitlab_infra',
    description: 'Edited by e2e',
    orgIdentifier: 'default',
  })
  expect(Object.keys(body.connector.spec)).toEqual(
    expect.arrayContaining(['url', 'authentication']),
  )
  await expect(page.getByText('connectorRef: org.gitlab_infra', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete GitLab infra?' })
  await expect(dialog).toContainText('from the organization default')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Delete from the organization default' }).click()
  await expect(page).toHaveURL(/\/connectors\?org=default$/)
  await openApp(page, '/connectors/gitlab_infra/edit?org=default')
  await expect(page.getByRole('alert')).toContainText('No such connector at this scope')
  await expect(page.getByRole('link', { name: 'Back to connectors' })).toBeVisible()
})
