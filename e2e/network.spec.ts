import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'
import { parse } from 'yaml'

import { expect, expectAccessible, mock, openApp, test } from './fixtures'

const clusters = [
  { id: 'prod1', label: 'Prod1', hosts: ['app.harness.io'] },
  { id: 'prod2', label: 'Prod2', hosts: ['app.harness.io'] },
  { id: 'prod3', label: 'Prod3', hosts: ['app.harness.io', 'app3.harness.io'] },
  { id: 'prod0', label: 'Prod0', hosts: ['app.harness.io', 'accounts.harness.io'] },
  { id: 'prod4', label: 'Prod4', hosts: ['app.harness.io', 'accounts.harness.io'] },
  { id: 'eu', label: 'EU', hosts: ['app.harness.io', 'accounts.eu.harness.io'] },
]

const outbound = (page: Page) => page.getByRole('table', { name: /Outbound connections/ })
const plan = (page: Page) => page.getByRole('table', { name: 'Egress plan' })

for (const cluster of clusters) {
  test(`the ${cluster.label} cluster needs HTTPS 443 to ${cluster.hosts.at(-1)}`, async ({
    page,
  }) => {
    await openApp(page, `/network?cluster=${cluster.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible()
    await expect(page.getByLabel('Harness cluster')).toHaveValue(cluster.id)
    for (const host of cluster.hosts) {
      await expect(
        outbound(page).getByRole('row', {
          name: new RegExp(`^${host.replaceAll('.', '\\.')} HTTPS 443 Required`),
        }),
      ).toBeVisible()
      await expect(
        plan(page).getByRole('cell', { name: new RegExp(`^${host.replaceAll('.', '\\.')}`) }),
      ).toBeVisible()
    }
    await expect(
      outbound(page).getByRole('cell', { name: 'logging.googleapis.com', exact: true }),
    ).toBeVisible()
    await expect(page.getByText('No inbound connection.')).toBeVisible()
  })
}

test('choosing a cluster and dropping the log sink go into the URL and the plan', async ({
  page,
}) => {
  await openApp(page, '/network')
  await page.getByLabel('Harness cluster').selectOption('eu')
  await expect(page).toHaveURL(/cluster=eu/)
  await expect(plan(page).getByRole('cell', { name: /^accounts\.eu\.harness\.io/ })).toBeVisible()
  await page.getByRole('checkbox', { name: /Include logging\.googleapis\.com/ }).uncheck()
  await expect(page).toHaveURL(/logging=off/)
  await expect(plan(page).getByRole('cell', { name: /^logging\.googleapis\.com/ })).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Harness cluster')).toHaveValue('eu')
  await expect(
    page.getByRole('checkbox', { name: /Include logging\.googleapis\.com/ }),
  ).not.toBeChecked()
})

test('the plan lists connector destinations with ports, and is accessible', async ({ page }) => {
  await openApp(page, '/network?org=default&project=cd_platform')
  await expect(
    plan(page).getByRole('row', { name: /^nexus\.corp\.invalid HTTPS 8081 Nexus internal/ }),
  ).toBeVisible()
  await expect(
    plan(page).getByRole('row', { name: /^prometheus\.monitoring\.svc HTTP 9090 Prometheus/ }),
  ).toBeVisible()
  await expect(
    page.getByText(/Connected through the Harness platform, not the delegate/),
  ).toBeVisible()
  await expect(page.getByRole('img', { name: 'Delegate egress diagram' })).toBeVisible()
  await expectAccessible(page)
})

test('Harness Cloud IPs: the list, and the free tier empty list explained', async ({ page }) => {
  await openApp(page, '/network')
  const ips = page.getByRole('list', { name: 'Harness Cloud egress IPs' })
  await expect(ips.getByRole('listitem')).toHaveCount(5)
  await expect(ips).toContainText('34.82.155.149/32')
  await expect(page.getByRole('button', { name: 'Copy all' })).toBeVisible()

  await mock(page, 'setTier', 'free')
  await page.reload()
  await expect(
    page.getByRole('heading', { name: 'No Harness Cloud IPs for this account' }),
  ).toBeVisible()
  await expect(page.getByText(/Free tier accounts receive an empty list/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy all' })).toHaveCount(0)
  await expectAccessible(page)
})

for (const status of [401, 403]) {
  test(`Harness Cloud IPs: a ${status} shows the documented troubleshooting`, async ({ page }) => {
    await openApp(page, '/network')
    await mock(page, 'setFaults', {
      rules: [{ path: '/ci/ips/allowlist', kind: 'status', status }],
    })
    await page.reload()
    const alert = page
      .getByRole('alert')
      .filter({ hasText: `Harness Cloud refused the request (HTTP ${status})` })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(
      'Verify the API key is valid and has access to Harness Cloud APIs.',
    )
    await expect(alert).toContainText('X-API-KEY')
    // The rest of the page still works.
    await expect(plan(page)).toBeVisible()
    // The page itself; the shell's demo-data button relabels itself while a fault is on.
    await expectAccessible(page, 'main')
  })
}

async function download(page: Page, format: string) {
  await page.getByLabel('Export format').selectOption({ label: format })
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download / }).click(),
  ])
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

test('the NetworkPolicy export downloads and parses as an egress NetworkPolicy', async ({
  page,
}) => {
  await openApp(page, '/network?cluster=prod3')
  await page.getByLabel('Export format').selectOption({ label: 'Kubernetes NetworkPolicy (YAML)' })
  await expect(page).toHaveURL(/export=network-policy/)
  const name = page.getByLabel('Delegate name')
  await name.fill('Prod_Delegate')
  await expect(
    page.getByText('Use lowercase letters only (Kubernetes names are lowercase).'),
  ).toBeVisible()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('button', { name: /^Download / })).toBeDisabled()
  await name.fill('prod-delegate')

  const file = await download(page, 'Kubernetes NetworkPolicy (YAML)')
  expect(file.name).toBe('harness-delegate-egress.yaml')
  const policy = parse(file.text) as {
    kind: string
    spec: { podSelector: unknown; policyTypes: string[]; egress: { ports: { port: number }[] }[] }
  }
  expect(policy.kind).toBe('NetworkPolicy')
  expect(policy.spec.policyTypes).toEqual(['Egress'])
  expect(policy.spec.podSelector).toEqual({ matchLabels: { 'harness.io/name': 'prod-delegate' } })
  const ports = policy.spec.egress.flatMap((r) => r.ports.map((p) => p.port))
  expect(ports).toEqual(expect.arrayContaining([53, 443, 8081]))
  expect(file.text).toContain('app3.harness.io')
})

test('the security-group and preflight exports download in their shapes', async ({ page }) => {
  await openApp(page, '/network')
  const sg = await download(page, 'AWS security-group egress (JSON)')
  expect(sg.name).toBe('harness-delegate-egress-sg.json')
  const json = JSON.parse(sg.text) as { IpPermissions: Record<string, unknown>[] }
  expect(json.IpPermissions.length).toBeGreaterThan(0)
  for (const rule of json.IpPermissions) {
    expect(rule).toMatchObject({
      IpProtocol: 'tcp',
      FromPort: expect.any(Number),
      ToPort: expect.any(Number),
    })
    expect(rule.IpRanges).toEqual([
      { CidrIp: '0.0.0.0/0', Description: expect.stringMatching(/^Harness delegate: /) },
    ])
  }
  const script = await download(page, 'Preflight script (bash)')
  expect(script.name).toBe('harness-delegate-preflight.sh')
  expect(script.text).toMatch(/^#!\/usr\/bin\/env bash/)
  expect(script.text).toContain("check 'app.harness.io' '443' 'tls' 'required'")
})

test('the connectors read failing shows an error with a retry, the rest of the page stays', async ({
  page,
}) => {
  await openApp(page, '/network')
  await mock(page, 'setFaults', {
    rules: [{ path: '/ng/api/connectors/listV2', kind: 'status', status: 400 }],
  })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Could not read the connectors' })).toBeVisible()
  await mock(page, 'clearFaults')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(plan(page)).toBeVisible()
})

/** Elements of the card that reach past its padding on the right: none, or the card scrolls. */
const pastPadding = (page: Page, heading: string) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) })
    .evaluate((card) => {
      const body = card.firstElementChild as HTMLElement
      const right =
        body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight)
      return [...body.querySelectorAll('*')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.right > right + 0.5)
        .map(
          ({ el, r }) =>
            `${el.tagName} ${Math.round(r.right - right)} px: ${el.textContent?.slice(0, 40)}`,
        )
    })

/**
 * Hostname labels drawn on more than one line: each run between a dot and a hyphen must sit on one
 * line (one client rect), so `acme.splunkcloud.co|m` fails and `acme.splunkcloud.|com` passes.
 */
const brokenLabels = (page: Page) =>
  plan(page).evaluate((table) =>
    [...table.querySelectorAll('tbody td:first-child > span:first-child')].flatMap((host) =>
      [...host.childNodes]
        .filter((n): n is Text => n.nodeType === Node.TEXT_NODE)
        .flatMap((text) => {
          const runs: string[] = []
          let start = 0
          for (const [i, ch] of [...text.data].entries())
            if (ch === '.' || ch === '-' || i === text.data.length - 1) {
              const range = document.createRange()
              range.setStart(text, start)
              range.setEnd(text, i + 1)
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
              if (tops.size > 1)
                runs.push(`${host.textContent}: "${text.data.slice(start, i + 1)}"`)
              start = i + 1
            }
          return runs
        }),
    ),
  )

for (const width of [1280, 900, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('hostnames break only after a dot or a hyphen, and the plan fits its card', async ({
      page,
    }) => {
      await openApp(page, '/network?org=default&project=cd_platform')
      await expect(plan(page).getByRole('row', { name: /^acme\.splunkcloud\.com/ })).toBeVisible()
      expect(await brokenLabels(page)).toEqual([])
      for (const card of ['Outbound requirements', 'Harness Cloud egress IPs', 'Egress plan'])
        expect(await pastPadding(page, card), card).toEqual([])
    })
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the diagram becomes a list of its groups, its text at 11 px or more', async ({ page }) => {
    await openApp(page, '/network?org=default&project=cd_platform')
    const groups = page.getByRole('list', { name: 'Delegate egress by provider' })
    await expect(groups).toBeVisible()
    await expect(page.getByRole('img', { name: 'Delegate egress diagram' })).toBeHidden()
    await expect(groups.getByRole('listitem').filter({ hasText: 'Harness Manager' })).toContainText(
      'app.harness.io',
    )
    await expect(
      groups.getByRole('listitem').filter({ has: page.getByText('Splunk', { exact: true }) }),
    ).toContainText(/1 connector.*HTTPS 8089.*acme\.splunkcloud\.com/)
    // Text a reader reads; the badges' initials are decoration (aria-hidden), named beside them.
    const sizes = await groups.evaluate((list) =>
      [...list.querySelectorAll('*')]
        .filter((el) => !el.closest('[aria-hidden]'))
        .filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
        )
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    )
    expect(sizes.length).toBeGreaterThan(20)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11)
    await expectAccessible(page, 'main')
  })
})

test('on a wide screen the diagram is drawn, and the list version is hidden', async ({ page }) => {
  await openApp(page, '/network')
  await expect(page.getByRole('img', { name: 'Delegate egress diagram' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Delegate egress by provider' })).toBeHidden()
})
