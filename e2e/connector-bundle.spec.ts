import type { Page } from '@playwright/test'
import { stringify } from 'yaml'

import { MOCK_ACCOUNT_ID } from '../src/api/session'
import { expect, expectAccessible, mock, openApp, test } from './fixtures'

/**
 * Paste many: a bundle of connector documents is checked as a whole (a bad document is named with
 * its line and skipped), the plan says what each would do, and the apply goes on past a failed
 * write to a summary that retries just that one.
 */

type Connector = Record<string, unknown> & { spec: Record<string, unknown> }

async function stored(page: Page, id: string): Promise<Connector | null> {
  return page.evaluate(
    async (u) => {
      const res = await fetch(u)
      // The Manager answers an unknown identifier with a 400 Error (RESOURCE_NOT_FOUND_EXCEPTION).
      if (!res.ok) return null
      const body = (await res.json()) as { data: { connector: Connector } }
      return body.data.connector
    },
    `/gateway/ng/api/connectors/${id}?accountIdentifier=${encodeURIComponent(MOCK_ACCOUNT_ID)}`,
  )
}

const doc = (connector: unknown) => `---\n${stringify({ connector }, { lineWidth: 0 })}`

test('a bundle with one bad document: planned, applied past a failure, retried', async ({
  page,
}) => {
  await openApp(page, '/connectors/new')
  await page.getByRole('link', { name: 'Apply a YAML bundle' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Apply connectors from YAML' }),
  ).toBeVisible()
  const dockerhub = (await stored(page, 'dockerhub'))!
  const unchanged = (await stored(page, 'github_acme'))!
  const bundle = [
    doc({
      name: 'Bundle GitHub',
      identifier: 'bundle_github',
      type: 'Github',
      spec: {
        url: 'https://github.com/acme',
        type: 'Account',
        validationRepo: 'acme/app',
        authentication: {
          type: 'Http',
          spec: { type: 'UsernameToken', spec: { username: 'ci', tokenRef: 'account.github_pat' } },
        },
        apiAccess: { type: 'Token', spec: { tokenRef: 'account.github_pat' } },
        executeOnDelegate: false,
      },
    }),
    doc({ ...dockerhub, description: 'Updated from a bundle' }),
    doc({ name: 'Broken', identifier: 'broken', type: 'NotAType', spec: {} }),
    doc(unchanged),
  ].join('')
  await page.getByLabel('Connectors as YAML').fill(bundle)
  await page.getByRole('button', { name: 'Check bundle' }).click()

  await expect(page.getByRole('heading', { name: 'What this bundle would do' })).toBeVisible()
  const entries = page.getByRole('list', { name: 'Connectors in the bundle' }).getByRole('listitem')
  const entry = (name: string) => entries.filter({ hasText: name }).first()
  await expect(entry('Bundle GitHub')).toContainText('Create')
  await expect(entry(String(dockerhub.name))).toContainText('Update')
  await expect(entry(String(dockerhub.name))).toContainText('1 change')
  await expect(entry(String(unchanged.name))).toContainText('No change')
  const bad = page.getByRole('alert').filter({ hasText: 'cannot be applied' })
  await expect(bad).toContainText(/Document 3, line \d+: .*type/)
  await expectAccessible(page)
  expect(await stored(page, 'bundle_github')).toBeNull()

  // The update fails once on the server; the create still goes through.
  await mock(page, 'setFaults', {
    rules: [{ path: '/ng/api/connectors', method: 'PUT', kind: 'status', status: 500, times: 1 }],
  })
  await page.getByRole('button', { name: 'Apply 2 changes' }).click()
  await expect(page.getByRole('heading', { name: 'Applied, with failures' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toContainText(
    '1 created, 0 updated',
  )
  await expect(entry(String(dockerhub.name))).toContainText('Not applied')
  await expect(entry('Bundle GitHub')).toContainText('Created.')
  expect(await stored(page, 'bundle_github')).toMatchObject({ name: 'Bundle GitHub' })
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Retry 1 failed connector' }).click()
  await expect(page.getByRole('heading', { name: 'Applied', exact: true })).toBeVisible()
  await expect(entry(String(dockerhub.name))).toContainText('Updated.')
  expect((await stored(page, 'dockerhub'))?.description).toBe('Updated from a bundle')
})
