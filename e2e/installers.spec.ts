import { parse, parseAllDocuments } from 'yaml'

import { expect, expectAccessible, mock, openApp, test } from './fixtures'
import {
  ACCOUNT,
  commands,
  download,
  PAGE,
  setName,
  tokenValue,
  type EnvList,
  type K8sObject,
} from './pages/installers-page'

test.describe('Installers', () => {
  test('downloads every installer type with the chosen token filled in, never showing its value', async ({
    page,
  }) => {
    await openApp(page, PAGE)
    await page.getByLabel('Delegate token').selectOption('eks_prod_token')
    const value = await tokenValue(page, 'eks_prod_token')

    // Kubernetes: from the Manager's endpoint.
    await setName(page, 'e2e-k8s')
    const k8s = await download(page, /Download harness-delegate.yaml/)
    expect(k8s.filename).toBe('harness-delegate.yaml')
    const objects = parseAllDocuments(k8s.content).map((d) => d.toJS() as K8sObject)
    expect(objects.map((o) => o.kind)).toEqual(
      expect.arrayContaining(['Namespace', 'Secret', 'ServiceAccount', 'Deployment']),
    )
    expect(objects.find((o) => o.kind === 'Secret')?.stringData?.DELEGATE_TOKEN).toBe(value)
    const env = objects.find((o) => o.kind === 'Deployment')!.spec!.template.spec.containers[0].env
    expect(env.map((e) => e.name)).toEqual(
      expect.arrayContaining(['ACCOUNT_ID', 'DELEGATE_TOKEN', 'MANAGER_HOST_AND_PORT']),
    )
    await expect(commands(page)).toContainText('kubectl apply -f harness-delegate.yaml')

    // Helm values: from the Manager's endpoint.
    await page.getByRole('radio', { name: 'Helm' }).check()
    await setName(page, 'e2e-helm')
    const helm = await download(page, /Download harness-delegate-values.yaml/)
    expect(helm.filename).toBe('harness-delegate-values.yaml')
    expect(parse(helm.content)).toMatchObject({
      delegateName: 'e2e-helm',
      delegateToken: value,
      accountId: ACCOUNT,
    })
    await expect(commands(page)).toContainText(
      "helm upgrade -i 'e2e-helm' --namespace 'harness-delegate-ng'",
    )

    // Docker: the compose file from the Manager, the run script from the browser.
    await page.getByRole('radio', { name: 'Docker' }).check()
    await setName(page, 'e2e-docker')
    const compose = await download(page, /Download docker-compose.yaml/)
    expect(compose.filename).toBe('docker-compose.yaml')
    const services = (
      parse(compose.content) as {
        services: Record<string, { environment: Record<string, string> }>
      }
    ).services
    expect(Object.values(services)[0].environment).toMatchObject({
      DELEGATE_TOKEN: value,
      DELEGATE_NAME: 'e2e-docker',
    })
    await expect(commands(page)).toContainText('docker compose up -d')
    await page.getByRole('button', { name: 'docker-run.sh' }).click()
    const run = await download(page, /Download docker-run.sh/)
    expect(run.filename).toBe('docker-run.sh')
    expect(run.content).toMatch(/^#!\/usr\/bin\/env bash/)
    expect(run.content).toContain(`-e 'DELEGATE_TOKEN=${value}'`)

    // Shell script, ECS and Terraform: built in the browser with the value read just for the file.
    await page.getByRole('radio', { name: 'Shell script' }).check()
    const shell = await download(page, /Download install-delegate.sh/)
    expect(shell.filename).toBe('install-delegate.sh')
    expect(shell.content).toContain(`delegateToken: ${value}`)

    await page.getByRole('radio', { name: 'ECS task definition' }).check()
    const ecs = await download(page, /Download harness-delegate-ecs-task-spec.json/)
    const task = JSON.parse(ecs.content) as {
      family: string
      containerDefinitions: { environment: EnvList }[]
    }
    expect(task.family).toBeTruthy()
    expect(task.containerDefinitions[0].environment).toContainEqual({
      name: 'DELEGATE_TOKEN',
      value,
    })
    await expect(commands(page)).toContainText(
      'aws ecs register-task-definition --cli-input-json file://harness-delegate-ecs-task-spec.json',
    )

    await page.getByRole('radio', { name: 'Terraform' }).check()
    const tf = await download(page, /Download main.tf/)
    expect(tf.filename).toBe('main.tf')
    expect(tf.content).toContain('module "delegate"')
    expect(tf.content).toMatch(
      new RegExp(`delegate_token\\s+= "${value.replace(/[+/=]/g, '\\$&')}"`),
    )
    await expect(commands(page)).toContainText('terraform apply')

    // The value went into the files only: not the page, not the URL, not storage.
    expect(await page.content()).not.toContain(value)
    expect(page.url()).not.toContain(encodeURIComponent(value))
    const stores = await page.evaluate(
      () => JSON.stringify(localStorage) + JSON.stringify(sessionStorage),
    )
    expect(stores).not.toContain(value)
  })

  test('the heartbeat check turns connected when the new delegate beats', async ({ page }) => {
    await openApp(page, `${PAGE}?type=kubernetes&name=e2e-beat`)
    await expect(page.getByLabel('Delegate name')).toHaveValue('e2e-beat')
    await download(page, /Download harness-delegate.yaml/)
    await expect(page.getByText(/Waiting for the first heartbeat of/)).toBeVisible()
    await expectAccessible(page)
    await expect(page.getByRole('status').filter({ hasText: 'is connected' })).toBeVisible({
      timeout: 20_000,
    })
    await page.getByRole('link', { name: 'See it on the Delegates page' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Delegates' })).toBeVisible()
  })

  test('field errors: Kubernetes names, namespace admin, and the Manager refusing a taken name', async ({
    page,
  }) => {
    await openApp(page, PAGE)
    await setName(page, '$(id)')
    await expect(
      page.getByText(`Use only lowercase letters, digits and '-': '$' is not allowed.`),
    ).toBeVisible()
    await setName(page, 'k8s-prod-east')
    await page.getByLabel('Kubernetes permissions').selectOption('NAMESPACE_ADMIN')
    await page.getByRole('button', { name: /Download harness-delegate.yaml/ }).click()
    await expect(page.getByLabel('Namespace')).toBeFocused()
    await expect(page.getByText('Enter the namespace the delegate may manage.')).toBeVisible()
    await page.getByLabel('Namespace').fill('team-a')
    await page.getByRole('button', { name: /Download harness-delegate.yaml/ }).click()
    await expect(
      page.getByText('Delegate with name k8s-prod-east already exists in the account.'),
    ).toBeVisible()
    // Nothing typed is lost.
    await expect(page.getByLabel('Namespace')).toHaveValue('team-a')
    await expectAccessible(page)
  })

  test('a failed read shows an error with a retry; a failed download keeps everything typed', async ({
    page,
  }) => {
    await openApp(page, PAGE)
    await mock(page, 'setFaults', { rules: [{ path: '/ng/api/delegate-token-ng', status: 500 }] })
    await page.reload()
    await expect(
      page.getByRole('heading', { name: 'Could not load the delegate tokens' }),
    ).toBeVisible({ timeout: 15_000 })
    // Only the page: with faults on, the shell's "Demo data" button has its own axe finding.
    await expectAccessible(page, 'main')
    await mock(page, 'setFaults', {
      rules: [{ path: '/ng/api/download-delegates/kubernetes', status: 500, times: 1 }],
    })
    await page.getByRole('button', { name: 'Try again' }).click()
    await setName(page, 'e2e-retry')
    await page.getByLabel(/Tags/).fill('edge, arm64')
    await page.getByRole('button', { name: /Download harness-delegate.yaml/ }).click()
    await expect(page.getByText(/Download failed: The Manager had a problem \(500\)/)).toBeVisible()
    await expect(page.getByLabel('Delegate name')).toHaveValue('e2e-retry')
    await expect(page.getByLabel(/Tags/)).toHaveValue('edge, arm64')
    const file = await download(page, /Download harness-delegate.yaml/)
    expect(file.content).toContain('DELEGATE_TAGS')
    await expect(page.getByRole('heading', { name: 'Next steps' })).toBeFocused()
  })

  test('keeps the options in the URL for a deep link, and offers no revoked token', async ({
    page,
  }) => {
    await openApp(page, PAGE)
    await expect(
      page.getByLabel('Delegate token').locator('option', { hasText: 'legacy_ecs_token' }),
    ).toHaveCount(0)
    await page.getByRole('radio', { name: 'Helm' }).check()
    await page.getByLabel('Size').selectOption('MEDIUM')
    await expect(page).toHaveURL(/type=helm/)
    await expect(page).toHaveURL(/size=MEDIUM/)
    await page.reload()
    await expect(page.getByRole('radio', { name: 'Helm' })).toBeChecked()
    await expect(page.getByLabel('Size')).toHaveValue('MEDIUM')
    await expect(
      page.getByRole('region', { name: 'Preview of harness-delegate-values.yaml' }),
    ).toContainText('<PASTE_DELEGATE_TOKEN_HERE>')
    await expectAccessible(page)
  })

  test.describe('the preview beside the form', () => {
    test.use({ viewport: { width: 1280, height: 900 } })

    test('stays in view below the header while the form scrolls', async ({ page }) => {
      await openApp(page, PAGE)
      const preview = page.getByRole('region', { name: 'Preview of harness-delegate.yaml' })
      await expect(preview).toBeVisible()
      // The last field of the form, far below the first screen.
      const proxy = page.getByRole('checkbox', { name: /through an HTTP proxy/ })
      await proxy.scrollIntoViewIfNeeded()
      await expect(proxy).toBeInViewport()
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
      const header = (await page.getByRole('banner').boundingBox())!
      const box = (await preview.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height)
      expect(box.y + box.height).toBeLessThanOrEqual(900)
      await expect(
        page.getByRole('button', { name: 'Download harness-delegate.yaml' }),
      ).toBeInViewport()
    })

    test('long lines scroll sideways inside the block and end inside it', async ({ page }) => {
      await openApp(page, PAGE)
      const preview = page.getByRole('region', { name: 'Preview of harness-delegate.yaml' })
      await expect(preview).toContainText('<PASTE_DELEGATE_TOKEN_HERE>')
      const { overflowX, wider, room } = await preview.evaluate((pre) => {
        pre.scrollLeft = pre.scrollWidth
        const edge = pre.getBoundingClientRect().left + pre.clientLeft + pre.clientWidth
        // The right end of the longest line, once scrolled to the end.
        const ends = [...pre.querySelectorAll('code > span')].map((line) => {
          const range = document.createRange()
          range.selectNodeContents(line)
          return Math.max(...[...range.getClientRects()].map((r) => r.right))
        })
        return {
          overflowX: getComputedStyle(pre).overflowX,
          wider: pre.scrollWidth > pre.clientWidth,
          room: edge - Math.max(...ends),
        }
      })
      expect(overflowX).toBe('auto')
      expect(wider).toBe(true)
      // Not cut at the block's edge: a margin after the longest line's last character.
      expect(room).toBeGreaterThanOrEqual(8)
    })
  })
})
