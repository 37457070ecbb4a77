import type { Page } from '@playwright/test'

import { expect, expectAccessible, openApp, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

/** The value must be nowhere the app or a later visitor could read it. */
async function expectValueGone(page: Page, value: string) {
  expect((await page.content()).includes(value), 'the value is in the DOM').toBe(false)
  expect(page.url()).not.toContain(encodeURIComponent(value))
  const stored = await page.evaluate(() => {
    const all: string[] = []
    for (const store of [localStorage, sessionStorage])
      for (let i = 0; i < store.length; i++)
        all.push(store.key(i) ?? '', store.getItem(store.key(i) ?? '') ?? '')
    return all.join('\n')
  })
  expect(stored).not.toContain(value)
  // IndexedDB names through the DevTools protocol (indexedDB.databases() can stall in a busy page).
  const cdp = await page.context().newCDPSession(page)
  const { databaseNames } = await cdp.send('IndexedDB.requestDatabaseNames', {
    securityOrigin: new URL(page.url()).origin,
  })
  expect(databaseNames.join('\n')).not.toContain(value)
  await cdp.detach()
}

test('generate: the value is shown once, copied at once, and gone after the dialog closes', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Generate token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Generate a delegate token' })
  // The dialog's code loads when it first opens.
  await expect(dialog).toBeVisible()
  await expectAccessible(page, '[role="dialog"]')
  await dialog.getByLabel('Token name').fill('release_2027')
  await dialog.getByRole('button', { name: 'Generate token' }).dblclick()

  const created = page.getByRole('dialog', { name: 'Token release_2027 generated' })
  await expect(created.getByText('Copied to your clipboard.')).toBeVisible()
  await expect(created.getByText('the console shows it only here', { exact: false })).toBeVisible()
  const value = await created.getByLabel('Value of release_2027').inputValue()
  expect(value).toMatch(/^[A-Za-z0-9+/=]{40,}$/)
  expect(await clipboard(page)).toBe(value)
  await expectAccessible(page, '[role="dialog"]')

  await created.getByRole('button', { name: 'Done' }).click()
  await expect(created).toBeHidden()
  // One token despite the double-click.
  await expect(page.getByRole('row', { name: /release_2027/ })).toHaveCount(1)
  await expect(page.getByRole('row', { name: /release_2027/ }).getByText('Active')).toBeVisible()
  await expectValueGone(page, value)
})

test('generate: bad names are caught at the field, duplicates (also revoked ones) come back from the server there', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens')
  await page.getByRole('button', { name: 'Generate token' }).click()
  const dialog = page.getByRole('dialog')
  const name = dialog.getByLabel('Token name')
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await expect(dialog.getByText('Enter a name for the token.')).toBeVisible()
  await name.fill('prod token!')
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await expect(dialog.getByText(/Use only letters, digits/)).toBeVisible()
  await expect(name).toHaveAttribute('aria-invalid', 'true')

  await name.fill('legacy_ecs_token')
  await dialog.getByRole('button', { name: 'Generate token' }).click()
  await expect(
    dialog.getByText(
      /A token named "legacy_ecs_token" already exists here, or was revoked less than 30 days ago/,
    ),
  ).toBeVisible()
  await expect(name).toHaveValue('legacy_ecs_token')
})

test('closing before the value was copied asks first; the select-and-copy fallback stands in for a refused clipboard', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
    })
  })
  await openApp(page, '/delegates/tokens')
  await page.getByRole('button', { name: 'Generate token' }).click()
  await page.getByLabel('Token name').fill('no_clipboard')
  await page.getByRole('dialog').getByRole('button', { name: 'Generate token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Token no_clipboard generated' })
  await expect(
    dialog.getByText(/did not let the console copy\. The value is selected/),
  ).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(
    dialog.getByText('You have not copied the token value.', { exact: false }),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Keep it open' }).click()
  const field = dialog.getByRole('textbox', { name: 'Value of no_clipboard' })
  await expect(field).toBeVisible()

  // Copying by hand (Ctrl+C in the selected field) counts as copied.
  await field.focus()
  await page.keyboard.press('ControlOrMeta+C')
  await expect(dialog.getByText('Copied to your clipboard.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('keyboard only: open, fill, generate and close the dialog', async ({ page }) => {
  await openApp(page, '/delegates/tokens')
  await page.getByRole('button', { name: 'Generate token' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Token name')).toBeFocused()
  await page.keyboard.type('keyboard_token')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel(/Revoke automatically on/)).toBeFocused()
  await page.keyboard.press('Enter')
  const created = page.getByRole('dialog', { name: 'Token keyboard_token generated' })
  await expect(created.getByText('Copied to your clipboard.')).toBeVisible()
  await created.getByRole('button', { name: 'Done' }).focus()
  await page.keyboard.press('Enter')
  await expect(created).toBeHidden()
  await expect(page.getByRole('button', { name: 'Generate token' })).toBeFocused()
})

test('revoke names what disconnects and what is left without a delegate, in every org and project; the row leaves the list and focus lands on Show revoked', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens')
  await page.getByRole('button', { name: 'Revoke eks_prod_token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke eks_prod_token?' })
  await expect(dialog.getByText('1 delegate group will be disconnected:')).toBeVisible()
  await expect(dialog.getByText(/k8s-prod-east/)).toBeVisible()
  await expect(dialog.getByText(/would be left with no connected delegate/)).toBeVisible()
  // An organization's connector that relies on the account's delegates is named too.
  await expect(dialog.getByText('GitLab infra in Default (selectors: prod)')).toBeVisible()
  await expectAccessible(page, '[role="dialog"]')
  await dialog.getByRole('button', { name: 'Revoke eks_prod_token' }).click()
  await expect(dialog).toBeHidden()
  // "Show revoked tokens" is off: the revoked token leaves the list, and focus goes to that box,
  // the one way back to it.
  await expect(page.getByRole('row', { name: /eks_prod_token/ })).toHaveCount(0)
  await expect(
    page.getByText(/^2 revoked tokens hidden: "Show revoked tokens" above/),
  ).toBeVisible()
  await expect(page.getByLabel('Show revoked tokens')).toBeFocused()
  // One control, the toolbar's box: the footer only says it is there.
  await expect(page.getByRole('button', { name: /Show revoked/ })).toHaveCount(0)

  await page.keyboard.press('Space')
  const row = page.getByRole('row', { name: /eks_prod_token/ })
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible()
  await expect(row.getByRole('button', { name: 'Rotate eks_prod_token' })).toHaveCount(0)
  await row.getByRole('button', { name: 'Delete eks_prod_token' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete eks_prod_token' }).click()
  await expect(page.getByRole('row', { name: /eks_prod_token/ })).toHaveCount(0)
})

test('with revoked tokens shown, a revoked row stays, turns Revoked and its Delete button takes focus', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens?revoked=1')
  await page.getByRole('button', { name: 'Revoke ci_runners_2026' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke ci_runners_2026?' })
  await dialog.getByRole('button', { name: 'Revoke ci_runners_2026' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row', { name: /ci_runners_2026/ })
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible()
  await expect(row.getByRole('button', { name: 'Delete ci_runners_2026' })).toBeFocused()
})

test('filters live in the URL: revoked tokens are one toggle away, search and status narrow the list', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens')
  await expect(page.getByRole('row', { name: /legacy_ecs_token/ })).toHaveCount(0)
  // check() fails unless the box ticks on the click itself, before the URL catches up.
  await page.getByLabel('Show revoked tokens').check()
  await expect(page).toHaveURL(/revoked=1/)
  await expect(page.getByRole('row', { name: /legacy_ecs_token/ })).toBeVisible()
  await page.getByLabel('Search by name').fill('eks')
  await expect(page.getByRole('row', { name: /eks_prod_token/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /default_token/ })).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Search by name')).toHaveValue('eks')
  await page.getByLabel('Search by name').fill('')
  await page.getByLabel('Status').selectOption('expiring')
  await expect(
    page.getByRole('row', { name: /ci_runners_2026/ }).getByText(/rotate before then/),
  ).toBeVisible()
  await expect(page.getByRole('row', { name: /eks_prod_token/ })).toHaveCount(0)
})

test('rotation: generate, update each delegate, watch the old token empty, revoke it; resumable', async ({
  page,
}) => {
  await openApp(page, '/delegates/tokens')
  await page.getByRole('link', { name: 'Rotate eks_prod_token' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rotate eks_prod_token' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Token name').fill('eks_prod_2027')
  await page.getByRole('button', { name: 'Generate the new token' }).click()
  await expect(page.getByText('Copied to your clipboard.')).toBeVisible()
  const value = await clipboard(page)

  const card = page.getByRole('region', { name: 'Update k8s-prod-east' })
  await expect(card.getByText('kubectl apply -f harness-delegate.yaml')).toBeVisible()
  await expect(card.getByText(`DELEGATE_TOKEN: ${value}`, { exact: false })).toBeVisible()
  await expect(
    page.getByText('1 delegate group still on eks_prod_token.', { exact: false }),
  ).toBeVisible()

  // Leave and come back: progress is kept, the value is not; it can be read again where the API allows.
  await page.getByRole('main').getByRole('link', { name: 'Back to tokens' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Delegate Tokens' })).toBeVisible()
  await expectValueGone(page, value)
  await page.getByRole('link', { name: 'Rotate eks_prod_token' }).click()
  await expect(
    page.getByText('Its value is not kept when you leave this page', { exact: false }),
  ).toBeVisible()
  await expect(card.getByText('<new token value>', { exact: false }).first()).toBeVisible()
  await page.getByRole('button', { name: 'Copy the value of eks_prod_2027 again' }).click()
  await expect(card.getByText(`DELEGATE_TOKEN: ${value}`, { exact: false })).toBeVisible()
  expect(await clipboard(page)).toBe(value)

  // A reload keeps the progress too, and still does not put the value on screen.
  await page.reload()
  await expect(page.getByText('You generated', { exact: false })).toBeVisible()
  await expectValueGone(page, value)

  await card.getByRole('button', { name: 'I have updated k8s-prod-east' }).click()
  await expect(page.getByText('No delegate uses eks_prod_token any more.')).toBeVisible()
  await page.getByRole('button', { name: 'Revoke eks_prod_token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke eks_prod_token?' })
  await expect(dialog.getByText('No delegate uses this token.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Revoke eks_prod_token' }).click()
  await expect(page.getByRole('heading', { name: 'Rotation complete' })).toBeVisible()
  // The Revoke button that opened the dialog is gone with the steps: focus goes to the way on.
  await expect(page.getByRole('link', { name: 'See the tokens' })).toBeFocused()
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':rotation:'))),
  ).toEqual([])

  await expect(
    page.getByText('eks_prod_token is revoked and your delegates use eks_prod_2027.'),
  ).toBeVisible()
  await page.getByRole('link', { name: 'See the tokens' }).click()
  await page.getByLabel('Show revoked tokens').click()
  await expect(
    page.getByRole('row', { name: /eks_prod_token/ }).getByText('Revoked', { exact: true }),
  ).toBeVisible()
  await expect(
    page.getByRole('link', { name: '1 delegate group using eks_prod_2027' }),
  ).toBeVisible()
})

test('a revoked token cannot be rotated', async ({ page }) => {
  await openApp(page, '/delegates/tokens/legacy_ecs_token/rotate')
  await expect(page.getByRole('heading', { name: 'legacy_ecs_token is revoked' })).toBeVisible()
  await expect(page.getByLabel('Token name')).toHaveCount(0)
})
