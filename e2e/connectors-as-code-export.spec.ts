import { readFile } from 'node:fs/promises'

import { parse } from '@cdktf/hcl2json'
import type { Page } from '@playwright/test'
import { parseAllDocuments } from 'yaml'

import { expect, expectAccessible, openApp, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/**
 * From the console to code (issue 23): a connector's page shows it as YAML and as Terraform (the
 * provider's resource and an import block), to copy or download; the list exports the selection
 * or everything its filters show as one YAML bundle or one Terraform file. What is downloaded is
 * parsed back here: a YAML bundle exported and applied again changes nothing.
 */

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { filename: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') }
}

type HclJson = {
  resource?: Record<string, Record<string, Record<string, unknown>[]>>
  import?: { to: string; id: string }[]
}

test('a connector page: YAML and Terraform tabs, by keyboard, copied and downloaded', async ({
  page,
}) => {
  await openApp(page, '/connectors/github_acme')
  const tabs = page.getByRole('tablist', { name: 'Connector as code' })
  const yamlTab = tabs.getByRole('tab', { name: 'YAML' })
  await expect(yamlTab).toHaveAttribute('aria-selected', 'true')
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByLabel('connector YAML', { exact: true })).toContainText('github_acme')

  const yaml = await download(page, () =>
    panel.getByRole('button', { name: 'Download github_acme.yaml' }).click(),
  )
  expect(yaml.filename).toBe('github_acme.yaml')
  const [doc] = parseAllDocuments(yaml.content)
  expect(doc.toJS()).toMatchObject({ connector: { identifier: 'github_acme', type: 'Github' } })

  // The ARIA tabs pattern: arrow keys move and show.
  await yamlTab.focus()
  await page.keyboard.press('ArrowRight')
  const tfTab = tabs.getByRole('tab', { name: 'Terraform' })
  await expect(tfTab).toBeFocused()
  await expect(tfTab).toHaveAttribute('aria-selected', 'true')
  const tf = page.getByRole('tabpanel').getByLabel('connector Terraform', { exact: true })
  await expect(tf).toContainText('resource "harness_platform_connector_github"')
  await expect(tf).toContainText('import {')

  const file = await download(page, () =>
    page.getByRole('button', { name: 'Download github_acme.tf' }).click(),
  )
  expect(file.filename).toBe('github_acme.tf')
  const hcl = (await parse(file.filename, file.content)) as HclJson
  const [body] = Object.values(hcl.resource?.harness_platform_connector_github ?? {})[0]
  expect(body).toMatchObject({ identifier: 'github_acme', name: 'GitHub acme' })
  expect(hcl.import?.[0].id).toBe('github_acme')

  await page.getByRole('tabpanel').getByRole('button', { name: 'Copy connector Terraform' }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(file.content)
  await expectAccessible(page)
})

test('a type the Terraform provider has no resource for says so', async ({ page }) => {
  await openApp(page, '/connectors/slack_releases')
  await page.getByRole('tab', { name: 'Terraform' }).click()
  await expect(page.getByRole('tabpanel')).toContainText(
    'Harness’s Terraform provider has no resource for Slack connectors',
  )
  await expect(page.getByRole('button', { name: /Download .*\.tf/ })).toHaveCount(0)
})

test('in a project: the Terraform names its org and project, the export its import IDs', async ({
  page,
}) => {
  await openApp(page, '/connectors/git_charts?org=default&project=cd_platform')
  await page.getByRole('tab', { name: 'Terraform' }).click()
  const file = await download(page, () =>
    page.getByRole('button', { name: 'Download git_charts.tf' }).click(),
  )
  const hcl = (await parse(file.filename, file.content)) as HclJson
  const [body] = Object.values(hcl.resource?.harness_platform_connector_git ?? {})[0]
  expect(body).toMatchObject({ org_id: 'default', project_id: 'cd_platform' })
  expect(hcl.import?.[0].id).toBe('default/cd_platform/git_charts')
  // What the provider has no argument for is named, not dropped.
  expect(file.content).toContain('Terraform would not manage: spec.branchName')

  // Everything this project's list shows, as one file: each import ID carries the scope.
  await openApp(page, '/connectors?org=default&project=cd_platform')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export connectors as code' })
  await dialog.getByRole('radio', { name: /^Terraform/ }).check()
  const all = await download(page, () => dialog.getByRole('button', { name: /^Download/ }).click())
  const bundle = (await parse(all.filename, all.content)) as HclJson
  expect(bundle.import?.map((i) => i.id).sort()).toEqual([
    'default/cd_platform/eks_prod',
    'default/cd_platform/git_charts',
    'default/cd_platform/prometheus',
  ])
})

test('export the selection as Terraform: a resource and an import block each, read fresh', async ({
  page,
}) => {
  await openApp(page, '/connectors')
  const table = page.getByRole('table')
  for (const name of ['GitHub acme', 'Docker Hub', 'Slack releases'])
    await table.getByRole('checkbox', { name: `Select ${name}` }).check()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export connectors as code' })
  await expect(dialog.getByRole('radio', { name: 'The 3 selected connectors' })).toBeChecked()
  await dialog.getByRole('radio', { name: /^Terraform/ }).check()
  await expectAccessible(page)
  const file = await download(page, () =>
    dialog.getByRole('button', { name: 'Download 3 connectors' }).click(),
  )
  expect(file.filename).toBe('connectors.tf')
  const hcl = (await parse(file.filename, file.content)) as HclJson
  expect(Object.keys(hcl.resource ?? {}).sort()).toEqual([
    'harness_platform_connector_docker',
    'harness_platform_connector_github',
  ])
  expect(hcl.import?.map((i) => i.id).sort()).toEqual(['dockerhub', 'github_acme'])
  // Slack has no resource: named in the dialog and at the top of the file, not dropped silently.
  const result = dialog.getByRole('status')
  await expect(result).toBeFocused()
  await expect(result).toContainText('Downloaded connectors.tf: 2 connectors')
  await expect(dialog).toContainText('Slack releases (slack_releases)')
  expect(file.content).toContain('slack_releases')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused()
})

test('export everything shown as a YAML bundle; applied again, it changes nothing', async ({
  page,
}) => {
  // The account's code repositories: GitHub acme, Bitbucket legacy and Azure Repos.
  await openApp(page, '/connectors?category=CODE_REPO')
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select (?!all on this page)/ }) })
  const shown = 3
  await expect(rows).toHaveCount(shown)
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export connectors as code' })
  await expect(dialog.getByRole('radio', { name: /the filters show/ })).toBeChecked()
  const file = await download(page, () => dialog.getByRole('button', { name: /^Download/ }).click())
  expect(file.filename).toBe('connectors.yaml')
  const documents = parseAllDocuments(file.content).map(
    (d) => d.toJS() as { connector: { identifier: string } },
  )
  expect(documents.map((d) => d.connector.identifier).sort()).toEqual([
    'azure_repos',
    'bitbucket_legacy',
    'github_acme',
  ])
  await dialog.getByRole('button', { name: 'Done' }).click()

  await openApp(page, '/connectors/new/bundle')
  await page.getByLabel('Connectors as YAML').fill(file.content)
  await page.getByRole('button', { name: 'Check bundle' }).click()
  const entries = page.getByRole('list', { name: 'Connectors in the bundle' }).getByRole('listitem')
  await expect(entries).toHaveCount(shown)
  await expect(entries.filter({ hasText: 'No change' })).toHaveCount(shown)
})
