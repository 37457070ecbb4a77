import type { Page } from '@playwright/test'

import { sampleFieldValue } from '../../src/catalog/samples'
import type { AuthMethod, Provider, ProviderField } from '../../src/catalog/types'
import { expect } from '../fixtures'

export type ScopeLevel = 'account' | 'org' | 'project'
export const SCOPE_QUERY: Record<ScopeLevel, string> = {
  account: '',
  org: '&org=default',
  project: '&org=default&project=cd_platform',
}

/** The method the UI test uses: the first that needs no delegate selectors, if any. */
export function methodFor(provider: Provider): AuthMethod | undefined {
  return provider.authMethods.find((m) => !m.requiresDelegateSelectors) ?? provider.authMethods[0]
}

/** The connector wizard, driven as a user would: labels, roles, one step at a time. */
export class ConnectorWizardPage {
  constructor(readonly page: Page) {}

  async open(providerId: string, scope: ScopeLevel = 'account') {
    await this.page.goto(`/connectors/new?provider=${providerId}${SCOPE_QUERY[scope]}`)
    await expect(this.page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible()
  }

  step(name: string) {
    return this.page.getByRole('heading', { level: 2, name, exact: true })
  }

  async continue(to: string) {
    await this.page.getByRole('button', { name: 'Continue' }).click()
    await expect(this.step(to)).toBeVisible()
  }

  /** Fill a required catalog field through its control, with a value valid for its kind. */
  async fill(field: ProviderField) {
    // By role as well as name: an auth method's radio can share its field's label.
    const role =
      field.kind === 'secret'
        ? 'combobox'
        : field.kind === 'port' || field.kind === 'number'
          ? 'spinbutton'
          : 'textbox'
    const control = this.page.getByRole(role, { name: field.label, exact: true })
    const value = sampleFieldValue(field)
    switch (field.kind) {
      case 'secret':
        // The first secret of the field's type this scope can see: refs are picked, never typed.
        await control.click()
        await this.page.getByRole('option').first().click()
        await expect(control).toHaveValue(/\(.+\)$/)
        return
      case 'select':
      case 'boolean':
        return // a required select starts on its first option; booleans may stay off
      case 'list':
        await control.fill(String((value as string[])[0]))
        await control.press('Enter')
        return
      case 'keyValues':
        return // header rows are optional; the e2e for them adds rows itself
      default:
        await control.fill(typeof value === 'object' ? '' : String(value))
    }
  }

  async fillOverview(name: string) {
    // Continue waits for the identifier check itself; an earlier message must clear first, or
    // the button moves under the pointer.
    await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(name)
    await expect(this.page.getByRole('textbox', { name: 'Identifier' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    )
  }

  /** Overview → Delegates → save; returns on the Connection test step. */
  async create(provider: Provider, name: string) {
    await this.fillOverview(name)
    await this.continue('Details')
    for (const field of provider.fields.filter((f) => f.required)) await this.fill(field)
    await this.continue('Credentials')
    const method = methodFor(provider)
    if (method && provider.authMethods.length > 1)
      await this.page.getByRole('radio', { name: method.label, exact: true }).check()
    for (const field of (method?.fields ?? []).filter((f) => f.required)) await this.fill(field)
    await this.continue('Delegates')
    if (method?.requiresDelegateSelectors) {
      await this.page
        .getByRole('radio', { name: 'Only delegates with all of these selectors' })
        .check()
      await this.page.getByLabel('Delegate selectors').fill('primary')
      await this.page.getByLabel('Delegate selectors').press('Enter')
    }
    await this.save()
  }

  /** The wizard's save: the review first, then its confirm; returns on the Connection test step. */
  async save() {
    await this.page.getByRole('button', { name: /^Review (and save|changes)$/ }).click()
    const review = this.page.getByRole('dialog', { name: /^Review/ })
    await review.getByRole('button', { name: /^(Create connector|Save changes)$/ }).click()
    await expect(this.step('Connection test')).toBeVisible()
  }
}
