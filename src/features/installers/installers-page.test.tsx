import { screen, waitFor, within } from '@testing-library/react'

import { update } from '@/mocks/db'
import { getTokenValue } from '@/mocks/token-values'
import { renderWithApp } from '@/test/render'

import { InstallersPage } from './installers-page'

const saved: { filename: string; content: string }[] = []
vi.mock('@/lib/download', () => ({
  downloadText: (filename: string, content: string) => saved.push({ filename, content }),
}))

beforeEach(() => {
  saved.length = 0
})

async function renderPage(path = '/delegates/installers', heartbeatTimeoutMs?: number) {
  const view = renderWithApp(<InstallersPage heartbeatTimeoutMs={heartbeatTimeoutMs} />, { path })
  await screen.findByLabelText('Delegate name')
  return view
}

// Whole-page renders with typing are slow on a busy CI machine; the default 5 s is too tight.
describe('Installers page', { timeout: 20_000 }, () => {
  it('offers only the active tokens of the scope, default_token first choice; revoked ones never', async () => {
    await renderPage()
    const select = screen.getByLabelText('Delegate token')
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(
      expect.arrayContaining(['default_token', 'eks_prod_token', 'ci_runners_2026']),
    )
    expect(options).not.toContain('legacy_ecs_token')
    expect(options).not.toContain('default_token_payments')
    expect(select).toHaveValue('default_token')
  })

  it('shows the Kubernetes name rule at the delegate name field', async () => {
    const { user } = await renderPage()
    const name = screen.getByLabelText('Delegate name')
    await user.clear(name)
    await user.type(name, 'Edge_Delegate')
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveAccessibleDescription(/Use lowercase letters only/)
    await user.clear(name)
    await user.type(name, 'x"; rm -rf ~ #')
    expect(name).toHaveAccessibleDescription(
      /^Use only lowercase letters, digits and '-': '"' is not allowed\. /,
    )
  })

  it('requires a namespace for namespace admin, at the field, before anything is downloaded', async () => {
    const { user } = await renderPage()
    await user.selectOptions(screen.getByLabelText('Kubernetes permissions'), 'NAMESPACE_ADMIN')
    await user.click(screen.getByRole('button', { name: /Download harness-delegate.yaml/ }))
    const namespace = await screen.findByLabelText('Namespace')
    await waitFor(() =>
      expect(namespace).toHaveAccessibleDescription(/Enter the namespace the delegate may manage/),
    )
    expect(saved).toEqual([])
  })

  it('rejects bad tags and proxy ports with a message at the field', async () => {
    const { user } = await renderPage()
    await user.type(screen.getByLabelText(/Tags/), 'prod, prod')
    await waitFor(() =>
      expect(screen.getByLabelText(/Tags/)).toHaveAccessibleDescription(/"prod" is listed twice/),
    )
    await user.click(screen.getByLabelText(/through an HTTP proxy/))
    const port = screen.getByLabelText('Proxy port')
    await user.clear(port)
    await user.type(port, '70000')
    await waitFor(() => expect(port).toHaveAccessibleDescription('Enter a port from 1 to 65535.'))
  })

  it('downloads the Manager-generated manifest with the token, never rendering the value', async () => {
    const { user, queryClient, container } = await renderPage()
    await user.click(screen.getByRole('button', { name: /Download harness-delegate.yaml/ }))
    await screen.findByRole('heading', { name: 'Next steps' })
    expect(screen.getByText('kubectl apply -f harness-delegate.yaml')).toBeInTheDocument()
    const value = getTokenValue(undefined, 'default_token')!
    expect(saved).toHaveLength(1)
    expect(saved[0].filename).toBe('harness-delegate.yaml')
    expect(saved[0].content).toContain(value)
    expect(container.innerHTML).not.toContain(value)
    expect(
      JSON.stringify(
        queryClient
          .getMutationCache()
          .getAll()
          .map((m) => m.state),
      ),
    ).not.toContain(value)
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(value)
  })

  it.each([
    ['kubernetes', 'harness-delegate.yaml'],
    ['helm', 'harness-delegate-values.yaml'],
    ['docker', 'docker-compose.yaml'],
  ])('after a %s download with the token, does not ask for the token', async (type, filename) => {
    const { user } = await renderPage(`/delegates/installers?type=${type}&name=edge-${type}`)
    await user.click(screen.getByRole('button', { name: `Download ${filename}` }))
    await screen.findByRole('heading', { name: 'Next steps' })
    expect(saved[0].content).toContain(getTokenValue(undefined, 'default_token')!)
    expect(screen.queryByText(/did not give the value/)).toBeNull()
    expect(screen.queryByLabelText('Token value')).toBeNull()
  })

  it('says the Manager decides the compose size and another cluster, and keeps them in the browser-built file', async () => {
    const { user } = await renderPage('/delegates/installers?type=docker&size=LARGE&cluster=prod3')
    const notice = await screen.findByText(/The Manager's file sets these itself/)
    expect(notice).toHaveTextContent('the Prod3 endpoint (app3.harness.io)')
    expect(notice).toHaveTextContent('size Large (8 CPU, 16 GiB)')
    await user.click(
      screen.getByRole('button', { name: 'Download the file built in your browser' }),
    )
    await screen.findByRole('heading', { name: 'Next steps' })
    expect(saved[0].content).toMatch(/cpus: "?'?8/)
    expect(saved[0].content).toContain('https://app3.harness.io')
  })

  it('puts the Manager refusal of a taken name on the name field', async () => {
    const { user } = await renderPage('/delegates/installers?name=k8s-prod-east')
    await user.click(screen.getByRole('button', { name: /Download harness-delegate.yaml/ }))
    await waitFor(() =>
      expect(screen.getByLabelText('Delegate name')).toHaveAccessibleDescription(
        /k8s-prod-east already exists/,
      ),
    )
    expect(saved).toEqual([])
  })

  it('builds browser-only files with the token read just for the file (ECS)', async () => {
    const { user, container } = await renderPage(
      '/delegates/installers?type=ecs&token=eks_prod_token',
    )
    expect(screen.getByRole('radio', { name: 'ECS task definition' })).toBeChecked()
    expect(
      screen.getByRole('region', { name: /Preview of harness-delegate-ecs-task-spec.json/ }),
    ).toHaveTextContent('<PASTE_DELEGATE_TOKEN_HERE>')
    await user.click(
      screen.getByRole('button', { name: /Download harness-delegate-ecs-task-spec.json/ }),
    )
    await screen.findByText(
      'aws ecs register-task-definition --cli-input-json file://harness-delegate-ecs-task-spec.json',
    )
    const value = getTokenValue(undefined, 'eks_prod_token')!
    const task = JSON.parse(saved[0].content) as {
      containerDefinitions: { environment: { name: string; value: string }[] }[]
    }
    expect(task.containerDefinitions[0].environment).toContainEqual({
      name: 'DELEGATE_TOKEN',
      value,
    })
    expect(container.innerHTML).not.toContain(value)
  })

  it('waits for the first heartbeat and turns connected when the new delegate beats', async () => {
    const { user } = await renderPage('/delegates/installers?type=helm&name=edge-helm')
    await user.click(screen.getByRole('button', { name: /Download harness-delegate-values.yaml/ }))
    expect(await screen.findByText(/Waiting for the first heartbeat of/)).toBeInTheDocument()
    // Skip the mock's ~6 s install delay: the delegate beats now.
    update((d) =>
      d.delegateGroups
        .filter((g) => g.name === 'edge-helm')
        .forEach((g) => (g.firstHeartbeatAt = Date.now())),
    )
    expect(await screen.findByText('Connected', {}, { timeout: 8_000 })).toBeInTheDocument()
  })

  it('shows the troubleshooting guide when no heartbeat comes in time', async () => {
    const { user } = await renderPage(
      '/delegates/installers?type=shell&name=lonely-box&cluster=prod3&org=payments',
      50,
    )
    await user.click(screen.getByRole('button', { name: /Download install-delegate.sh/ }))
    expect(await screen.findByText('No heartbeat yet.')).toBeInTheDocument()
    expect(screen.getByText(/Outbound HTTPS 443/).closest('li')).toHaveTextContent(
      'app3.harness.io',
    )
    expect(screen.getByRole('link', { name: 'Delegate Tokens' })).toHaveAttribute(
      'href',
      '/delegates/tokens?org=payments',
    )
    expect(screen.getByRole('link', { name: 'preflight script for Prod3' })).toHaveAttribute(
      'href',
      '/network?org=payments&cluster=prod3&export=preflight',
    )
  })

  it('sends the admin to Delegate Tokens when the scope has no active token', async () => {
    renderWithApp(<InstallersPage />, { path: '/delegates/installers?org=default' })
    expect(
      await screen.findByRole('heading', { name: 'No active delegate token at this scope' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to Delegate Tokens' })).toHaveAttribute(
      'href',
      '/delegates/tokens?org=default',
    )
  })

  it('keeps the type and main options in the URL', async () => {
    const { user, router } = await renderPage('/delegates/installers?org=payments')
    expect(screen.getByLabelText('Delegate token')).toHaveValue('default_token_payments')
    await user.click(screen.getByRole('radio', { name: 'Terraform' }))
    await waitFor(() => expect(router.state.location.search).toContain('type=terraform'))
    expect(router.state.location.search).toContain('org=payments')
    expect(router.state.location.search).not.toMatch(/value|secret/i)
  })
})
