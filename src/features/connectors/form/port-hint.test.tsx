import { screen, waitFor, within } from '@testing-library/react'

import { getProvider } from '@/catalog'
import { renderWithApp } from '@/test/render'

import { ConnectorWizard } from './connector-wizard'

const render = (id: string) =>
  renderWithApp(<ConnectorWizard provider={getProvider(id)} />, {
    path: `/connectors/new?provider=${id}`,
  })
type User = ReturnType<typeof render>['user']

async function toDetails(user: User) {
  await user.type(screen.getByLabelText('Name'), 'Ports')
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  const heading = await screen.findByRole('heading', { name: 'Details' })
  // The wizard moves focus to the new step's heading on the next frame: wait for it, or a click
  // into a field can land first and lose its focus (and the text pasted) to the heading.
  await waitFor(() => expect(heading).toHaveFocus())
}
const panel = () => screen.getByRole('complementary', { name: 'What this connector needs' })

describe('port hints', () => {
  it('follow the URL typed: its port, else its scheme’s, else the provider’s', async () => {
    const { user } = render('docker-registry')
    await toDetails(user)
    const url = screen.getByLabelText('Registry URL')
    expect(url).toHaveAccessibleDescription(/outbound access to this address on 8083 TCP/)
    await user.click(url)
    await user.paste('https://index.docker.io')
    expect(url).toHaveAccessibleDescription(
      /The delegate needs outbound access to index.docker.io on 443 HTTPS\./,
    )
    expect(within(panel()).getByRole('list', { name: 'Docker Registry ports' })).toHaveTextContent(
      /^443HTTPS$/,
    )
    expect(within(panel()).getByText(/the port shown follows the URL entered/)).toBeVisible()
    await user.clear(url)
    await user.paste('http://harbor.acme.internal:8443/v2/')
    expect(url).toHaveAccessibleDescription(/harbor.acme.internal on 8443 HTTP\./)
  })

  it('through Harness, ask for the Harness IPs inbound, not the delegate’s outbound rule', async () => {
    const { user } = render('confluence')
    await toDetails(user)
    await user.click(screen.getByLabelText('Confluence URL'))
    await user.paste('https://wiki.acme.io')
    expect(screen.getByLabelText('Confluence URL')).toHaveAccessibleDescription(
      /Harness connects to wiki.acme.io from its own platform: if it is behind a firewall, allow inbound from the Harness platform IPs on 443 HTTPS/,
    )
    expect(within(panel()).getByRole('heading', { name: 'Ports (inbound from Harness)' }))
    expect(panel()).not.toHaveTextContent(/outbound|delegate to connect out/)
    expect(within(panel()).getByRole('link', { name: 'Harness platform IPs' })).toHaveAttribute(
      'href',
      '/network',
    )
  })

  it('Slack: nothing to open for a delegate, and the Source line says where the hints come from', () => {
    render('slack')
    expect(panel()).toHaveTextContent(/Harness connects to Slack from its own platform/)
    expect(within(panel()).getByRole('heading', { name: 'Ports' })).toBeVisible()
    expect(panel()).not.toHaveTextContent(/outbound from the delegate|Harness tables/)
    expect(within(panel()).getByText(/^Source: not listed/)).toBeVisible()
  })
})
