import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'

/** Helpers for the installers page, shared by the mock-mode and Manager-mode specs. */
export const ACCOUNT = 'px7xd_BFRCi-pfWPYXVjvw'
export const PAGE = '/delegates/installers'

/** The token's value as the (mock) Manager gives it to an editor: only to compare with the files. */
export async function tokenValue(page: Page, name: string) {
  return page.evaluate(
    async ([account, token]) => {
      const response = await fetch(
        `/gateway/ng/api/delegate-token-ng?accountIdentifier=${account}&name=${token}`,
      )
      const body = (await response.json()) as { resource: { value: string }[] }
      return body.resource[0].value
    },
    [ACCOUNT, name] as const,
  )
}

/** Clicks the download button and returns the saved file's name and text. */
export async function download(page: Page, name: RegExp | string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ])
  return { filename: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') }
}

export const commands = (page: Page) => page.getByRole('list', { name: 'Commands to run' })

export async function setName(page: Page, name: string) {
  await page.getByLabel('Delegate name').fill(name)
}

export type EnvList = { name: string; value?: string }[]
export type K8sObject = {
  kind: string
  apiVersion: string
  stringData?: Record<string, string>
  spec?: { template: { spec: { containers: { env: EnvList }[] } } }
}
