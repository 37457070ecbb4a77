import { expect, expectAccessible, openApp, test } from './fixtures'
import { ConnectorWizardPage } from './pages/connector-wizard-page'

/** Issue 19 (form half): secret pickers by type, "create instead", port hints that follow the URL. */
for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('a GCP key-file field offers only file secrets, and says which are hidden and why', async ({
      page,
    }) => {
      const wizard = new ConnectorWizardPage(page)
      await openApp(page, '/connectors/new?provider=gcp')
      await wizard.fillOverview('GCP prod')
      await wizard.continue('Details')
      await wizard.continue('Credentials')
      await page.getByRole('radio', { name: 'Service account key', exact: true }).check()
      const field = page.getByRole('combobox', { name: 'Service account key (JSON secret file)' })
      await field.click()
      const list = page.getByRole('listbox', { name: /file secrets$/ })
      await expect(list.getByRole('option')).toHaveText([
        'GCP Secret Manager key account.gcp_sm_key',
      ])
      await expectAccessible(page)
      await page.keyboard.press('Escape')
      await expect(field).toHaveAttribute('aria-expanded', 'false')

      const hidden = page.getByText(/^\d+ secrets hidden: not a file secret$/)
      await hidden.click()
      await expect(
        page.getByRole('listitem').filter({ hasText: /^\d+ text secrets: GitHub PAT/ }),
      ).toBeVisible()
      await expect(
        page.getByRole('listitem').filter({ hasText: '1 SSH key: Deploy SSH key' }),
      ).toBeVisible()
      await expectAccessible(page)

      // Typing filters; arrows and Enter choose, and the form moves on with the ref.
      await field.fill('gcp')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await expect(field).toHaveValue('GCP Secret Manager key (account.gcp_sm_key)')
      await wizard.continue('Delegates')
    })

    test('"create instead" opens the suggested connector’s wizard, filled in', async ({ page }) => {
      await openApp(page, '/connectors/new?provider=bugsnag')
      await expect(page.getByText(/Create instead: a Custom health source connector/)).toBeVisible()
      await expectAccessible(page)
      await page
        .getByRole('link', { name: 'Start a Custom health source connector for Bugsnag' })
        .click()
      await expect(page).toHaveURL(/provider=custom-health&from=bugsnag/)
      await expect(
        page.getByRole('heading', { level: 1, name: 'New Custom health source connector' }),
      ).toBeVisible()
      await expect(page.getByText('Set up for Bugsnag.')).toBeVisible()
      await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Bugsnag')
      await expect(page.getByRole('textbox', { name: 'Identifier' })).toHaveValue('Bugsnag')
      await expectAccessible(page)
      const wizard = new ConnectorWizardPage(page)
      await wizard.continue('Details')
      await expect(page.getByRole('textbox', { name: 'Base URL' })).toHaveValue(
        'https://api.bugsnag.com/',
      )
      await expect(page.getByRole('textbox', { name: 'Validation path' })).toHaveValue(
        'user/organizations',
      )
      await wizard.continue('Credentials')
      await expect(page.getByLabel('Header 1 name')).toHaveValue('Authorization')
      await expect(page.getByRole('checkbox', { name: 'Header 1 value is a secret' })).toBeChecked()
      await expectAccessible(page)
    })

    test('the port hint follows the URL typed and the connectivity mode', async ({ page }) => {
      const wizard = new ConnectorWizardPage(page)
      await openApp(page, '/connectors/new?provider=docker-registry')
      await wizard.fillOverview('Docker Hub')
      await wizard.continue('Details')
      const url = page.getByRole('textbox', { name: 'Registry URL' })
      const panel = page.getByRole('complementary', { name: 'What this connector needs' })
      await expect(url).toHaveAccessibleDescription(/this address on 8083 TCP/)
      await url.fill('https://index.docker.io')
      await expect(url).toHaveAccessibleDescription(
        /The delegate needs outbound access to index.docker.io on 443 HTTPS\./,
      )
      await expect(panel.getByRole('list', { name: 'Docker Registry ports' })).toHaveText(
        '443HTTPS',
      )
      await expect(panel).not.toContainText('8083')
      await expectAccessible(page)

      await wizard.continue('Credentials')
      await page.getByRole('radio', { name: 'Anonymous' }).check()
      await wizard.continue('Delegates')
      await page.getByRole('radio', { name: /Harness platform/ }).check()
      await expect(
        panel.getByRole('heading', { name: 'Ports (inbound from Harness)' }),
      ).toBeVisible()
      await expect(panel).toContainText(
        'Harness connects to index.docker.io from its own platform, not through a delegate',
      )
      await expect(panel.getByRole('link', { name: 'Harness platform IPs' })).toBeVisible()
      await expectAccessible(page)
    })
  })
}
