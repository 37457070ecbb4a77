import type { Page } from '@playwright/test'

import { MOCK_ACCOUNT_ID } from '../src/api/session'
import { messages } from '../src/catalog/to-zod'
import { expect, expectAccessible, openApp, settled, test } from './fixtures'

/**
 * Connectors as code, the YAML editor: a connector typed as YAML is checked as it is typed with
 * the form's own messages on their lines, and the wizard's Form | YAML switch keeps what the form
 * does not model all the way into the stored connector.
 */

const editor = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name })

/** Replaces the editor's text as a paste would (no auto-indent on the way in). */
async function typeYaml(page: Page, name: string | RegExp, text: string) {
  await editor(page, name).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.insertText(text)
}

/** The editor's text: every line is drawn, as these documents fit the editor's viewport. */
async function editorText(page: Page, name: string | RegExp) {
  return editor(page, name).innerText()
}

/** The connector as the mock holds it, read through the page (the mock lives in its worker). */
async function stored(page: Page, identifier: string) {
  return page.evaluate(
    async ([id, account]) => {
      const url = `/gateway/ng/api/connectors/${id}?accountIdentifier=${encodeURIComponent(account)}`
      const body = (await (await fetch(url)).json()) as { data: { connector: unknown } }
      return body.data.connector as { spec: Record<string, unknown> }
    },
    [identifier, MOCK_ACCOUNT_ID] as const,
  )
}

const problem = (page: Page, text: string | RegExp) =>
  page.getByRole('list', { name: 'Problems in the YAML' }).getByRole('button', { name: text })

function githubYaml(tokenRef: string) {
  return `connector:
  name: Docs from YAML
  identifier: docs_from_yaml
  type: Github
  spec:
    url: https://github.com/acme/docs
    type: Repo
    authentication:
      type: Http
      spec:
        type: UsernameToken
        spec:
          username: docs-bot
          tokenRef: ${tokenRef}
    executeOnDelegate: false
`
}

test('create a connector from YAML: an error on its line with the form’s message, fixed, saved', async ({
  page,
}) => {
  await openApp(page, '/connectors/new')
  await page.getByRole('link', { name: 'Start from YAML' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'New connector from YAML' }),
  ).toBeVisible()
  const save = page.getByRole('button', { name: 'Review and save' })

  await typeYaml(page, 'Connector YAML', githubYaml('project.github_pat'))
  // Line 14 is tokenRef: the form's message, in the list and marked on that line in the editor.
  await expect(problem(page, `Line 14: ${messages.projectRef}`)).toBeVisible()
  await expect(page.locator('.cm-line').nth(13).locator('.cm-lintRange-error')).toHaveText(
    'project.github_pat',
  )
  await expect(save).toBeDisabled()
  // The problem's button puts the cursor on its line.
  await problem(page, /^Line 14:/).click()
  await expect(editor(page, 'Connector YAML')).toBeFocused()
  await expect(page.locator('.cm-activeLine')).toContainText('tokenRef: project.github_pat')

  await typeYaml(page, 'Connector YAML', githubYaml('account.github_pat'))
  await expect(page.getByRole('status').getByText('No problems found')).toBeVisible()
  await save.click()
  const review = page.getByRole('dialog', { name: 'Review: create Docs from YAML' })
  await review.getByRole('button', { name: 'Create connector' }).click()
  await expect(page).toHaveURL(/\/connectors\/docs_from_yaml$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Docs from YAML' })).toBeVisible()
  expect((await stored(page, 'docs_from_yaml')).spec.url).toBe('https://github.com/acme/docs')
})

test('edit through YAML: a field the form does not model and a new URL survive back to the form and into the saved connector', async ({
  page,
}) => {
  await openApp(page, '/connectors/github_acme/edit')
  await settled(page)
  expect(await stored(page, 'github_acme')).not.toHaveProperty('spec.proxy')
  await page.getByRole('button', { name: 'YAML', exact: true }).click()
  const name = 'GitHub connector YAML'
  await expect(editor(page, name)).toContainText('url: https://github.com/acme')

  const yaml = (await editorText(page, name))
    .replace('url: https://github.com/acme', 'url: https://github.com/acme-platform')
    .replace(/\n {2}spec:\n/, '\n  spec:\n    proxy: true\n')
  await typeYaml(page, name, yaml)
  await expect(page.getByRole('status').getByText('No problems found')).toBeVisible()

  await page.getByRole('button', { name: 'Form', exact: true }).click()
  const url = page.getByRole('textbox', { name: 'GitHub account or repository URL' })
  for (let i = 0; i < 3 && !(await url.isVisible()); i++)
    await page.getByRole('button', { name: 'Continue' }).click()
  await expect(url).toHaveValue('https://github.com/acme-platform')

  const review = page.getByRole('button', { name: 'Review changes' })
  for (let i = 0; i < 3 && !(await review.isVisible()); i++)
    await page.getByRole('button', { name: 'Continue' }).click()
  await review.click()
  await page
    .getByRole('dialog', { name: /^Review changes/ })
    .getByRole('button', { name: 'Save changes' })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Connection test' })).toBeVisible()

  // The connector page's YAML is the stored connector: the field the form does not show is there.
  await openApp(page, '/connectors/github_acme')
  const shown = page.getByLabel('connector YAML', { exact: true })
  await expect(shown).toContainText('proxy: true')
  await expect(shown).toContainText('url: https://github.com/acme-platform')
  expect((await stored(page, 'github_acme')).spec).toMatchObject({
    proxy: true,
    url: 'https://github.com/acme-platform',
  })
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`the YAML editor and its problems read in the ${colorScheme} theme (axe)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await openApp(page, '/connectors/github_acme/edit')
    await page.getByRole('button', { name: 'YAML', exact: true }).click()
    const name = 'GitHub connector YAML'
    await expect(editor(page, name)).toContainText('connector:')
    const yaml = (await editorText(page, name)).replace('name: GitHub acme', "name: ''")
    await typeYaml(page, name, `${yaml}\n  bogus: 1\n`)
    await expect(problem(page, /Name is required/)).toBeVisible()
    await expect(problem(page, /the Manager ignores this key/)).toBeVisible()
    // Refused back to the form while the YAML has an error, and told why.
    await page.getByRole('button', { name: 'Form', exact: true }).click()
    await expect(page.getByRole('alert')).toContainText('The form can only show valid YAML')
    await expectAccessible(page)
  })

test('Tab leaves the editor, and unsaved YAML asks before leaving the page', async ({ page }) => {
  await openApp(page, '/connectors/github_acme/edit')
  await page.getByRole('button', { name: 'YAML', exact: true }).click()
  const name = 'GitHub connector YAML'
  await expect(editor(page, name)).toContainText('connector:')
  await editor(page, name).click()
  await page.keyboard.press('Tab')
  await expect(editor(page, name)).not.toBeFocused()

  await editor(page, name).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('# a note\n')
  await page.getByRole('link', { name: 'Connectors', exact: true }).first().click()
  const guard = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(guard).toBeVisible()
  await guard.getByRole('button', { name: 'Stay and keep editing' }).click()
  await expect(editor(page, name)).toContainText('# a note')
})
