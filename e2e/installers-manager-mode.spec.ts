import { parseAllDocuments } from 'yaml'

import config from '../playwright.config'
import { expect, test } from './fixtures'
import { ACCOUNT, download, PAGE, setName, type K8sObject } from './pages/installers-page'

test('Manager mode: the same flow against the Manager over HTTP', async ({ page }) => {
  const { managerPort } = config.metadata as { managerPort: number }
  const consoleUrl = `http://localhost:${managerPort}`
  await page.goto(`${consoleUrl}${PAGE}?type=kubernetes`)
  await page.getByLabel('Account identifier').fill(ACCOUNT)
  await page.getByLabel('API key').fill(`pat.${ACCOUNT}.installers.key`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Installers' })).toBeVisible()

  // A fresh name per run: the Manager stand-in keeps its delegates between runs.
  await setName(page, `e2e-mgr-${Date.now().toString(36)}`)
  const k8s = await download(page, /Download harness-delegate.yaml/)
  const secret = parseAllDocuments(k8s.content)
    .map((d) => d.toJS() as K8sObject)
    .find((o) => o.kind === 'Secret')
  const value = secret?.stringData?.DELEGATE_TOKEN ?? ''
  expect(value).toMatch(/^[A-Za-z0-9+/]+=*$/)

  await page.getByRole('radio', { name: 'Shell script' }).check()
  const shell = await download(page, /Download install-delegate.sh/)
  expect(shell.content).toContain(`delegateToken: ${value}`)
  expect(await page.content()).not.toContain(value)
})
