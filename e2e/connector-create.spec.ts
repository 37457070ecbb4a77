import type { Page } from '@playwright/test'

import { catalog, CATEGORIES } from '../src/catalog'
import type { Provider } from '../src/catalog/types'
import { expect, test } from './fixtures'
import { ConnectorWizardPage, SCOPE_QUERY, type ScopeLevel } from './pages/connector-wizard-page'

const creatable = catalog.filter((p) => p.type)
const LEVELS: ScopeLevel[] = ['account', 'org', 'project']
const REF_PREFIX: Record<ScopeLevel, string> = { account: 'account.', org: 'org.', project: '' }

/**
 * Within each category, providers go to the account, the org `default` and the project
 * `default/cd_platform` in turn, so every category is created at each of the three scopes.
 */
function scopeFor(provider: Provider): ScopeLevel {
  return LEVELS[creatable.filter((p) => p.category === provider.category).indexOf(provider) % 3]
}

// One page for the whole loop (grouped by scope): in-app navigation between providers keeps the
// ~45 creations fast. A failed test restarts the worker, and so this page, from a clean state.
let shared: Page
let errors: string[] = []
test.beforeAll(async ({ browser }, testInfo) => {
  shared = await browser.newPage({ baseURL: testInfo.project.use.baseURL })
  shared.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text())
  })
  shared.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
})
test.afterAll(() => shared.close())
test.afterEach(() => {
  expect(errors, 'console errors').toEqual([])
  errors = []
})

/** Reach the provider's wizard at a scope: a page load only when the scope changes. */
async function openWizard(wizard: ConnectorWizardPage, provider: Provider, scope: ScopeLevel) {
  const here = shared.url().startsWith('http') ? new URL(shared.url()) : null
  const sameScope =
    here &&
    new URLSearchParams(SCOPE_QUERY[scope]).toString() ===
      new URLSearchParams(
        [...here.searchParams].filter(([k]) => k === 'org' || k === 'project'),
      ).toString()
  if (!here || !sameScope || here.pathname !== '/connectors/new')
    return wizard.open(provider.id, scope)
  // Before a save the page offers another provider; after one, another connector.
  await shared.getByRole('button', { name: /^(Change provider|Create another connector)$/ }).click()
  await shared.getByRole('searchbox', { name: 'Search providers' }).fill(provider.label)
  await shared
    .getByRole('list', { name: 'Matching providers' })
    .getByRole('button')
    .filter({ has: shared.getByText(provider.label, { exact: true }) })
    .click()
  await expect(wizard.step('Overview')).toBeVisible()
}

test.describe('every catalog provider with a connector type is created through the UI', () => {
  for (const scope of LEVELS) {
    for (const provider of creatable.filter((p) => scopeFor(p) === scope)) {
      test(`${provider.label} (${provider.type}) at ${scope} scope`, async () => {
        const wizard = new ConnectorWizardPage(shared)
        await openWizard(wizard, provider, scope)
        await expect(
          shared.getByRole('heading', { level: 1, name: `New ${provider.label} connector` }),
        ).toBeVisible()
        // The side panel shows the ports from the docs (seed 001).
        const ports = shared.getByRole('list', { name: `${provider.label} ports` })
        for (const p of provider.hints.ports)
          await expect(ports).toContainText(`${p.port}${p.protocol}`)
        const identifier = `e2e_${provider.id.replace(/-/g, '_')}`
        await wizard.create(provider, identifier)
        await expect(
          shared.getByText(`connectorRef: ${REF_PREFIX[scope]}${identifier}`, { exact: true }),
        ).toBeVisible()
        // Saved: the page names the connector and offers another one, not another provider.
        await expect(shared.getByRole('heading', { level: 1 })).toHaveText(identifier)
        await expect(shared.getByRole('button', { name: 'Change provider' })).toHaveCount(0)
      })
    }
  }
})

test('each category is created at each of the three scopes by the loop above', () => {
  for (const c of CATEGORIES) {
    const levels = creatable.filter((p) => p.category === c.id).map(scopeFor)
    expect(new Set(levels), c.label).toEqual(new Set(LEVELS))
  }
})
