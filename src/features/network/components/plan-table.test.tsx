import { render, screen, within } from '@testing-library/react'

import { INFERRED_NOTE } from '../lib/connector-destinations'
import { buildEgressPlan } from '../lib/egress-plan'
import { connector } from '../lib/testing'

import { PlanTable } from './plan-table'

const plan = buildEgressPlan(
  [
    connector('aws', 'Aws', { credential: { type: 'InheritFromDelegate', region: 'eu-west-1' } }),
    connector('sm', 'AwsSecretManager', { region: 'us-east-1', credential: {} }),
    connector('splunk', 'Splunk', { splunkUrl: 'https://acme.splunkcloud.com:8089' }),
    connector('nexus', 'Nexus', { nexusServerUrl: 'https://nexus-eu.acme-corp.example:8081' }),
  ],
  { cluster: 'prod1', logging: false },
)

test('says what Inferred means once, above the table, not as a caveat on every inferred row', () => {
  const inferredRows = plan.destinations.filter((d) => d.inferred)
  expect(inferredRows.length).toBeGreaterThan(3)
  render(<PlanTable destinations={plan.destinations} />)
  const table = screen.getByRole('table', { name: 'Egress plan' })
  expect(table).toHaveAccessibleDescription(
    /Hosts marked Inferred come from the connector's type and region/,
  )
  expect(screen.getAllByText(/come from the connector's type and region/)).toHaveLength(1)
  expect(within(table).queryByText(INFERRED_NOTE)).not.toBeInTheDocument()
  // The rows still carry their badge, and their other caveats.
  expect(within(table).getAllByText('Inferred')).toHaveLength(inferredRows.length)
  expect(
    within(table).getByRole('row', { name: /^ec2\.eu-west-1\.amazonaws\.com/ }),
  ).toHaveTextContent(/use SSH over port 22/)
})

test('no note when nothing is inferred', () => {
  const known = plan.destinations.filter((d) => !d.inferred)
  render(<PlanTable destinations={known} />)
  expect(screen.queryByText(/come from the connector's type and region/)).not.toBeInTheDocument()
  expect(screen.getByRole('table', { name: 'Egress plan' })).not.toHaveAttribute('aria-describedby')
})

test('a hostname may break only after a dot (a <wbr>) or at a hyphen, never inside a label', () => {
  render(<PlanTable destinations={plan.destinations} />)
  const host = screen.getByText(
    (_, el) => el?.tagName === 'SPAN' && el.textContent === 'acme.splunkcloud.com',
  )
  // Each <wbr> follows a dot, and every dot is followed by one.
  expect(host.innerHTML).toBe('acme.<wbr>splunkcloud.<wbr>com')
  for (const wbr of document.querySelectorAll('wbr'))
    expect(wbr.previousSibling?.textContent).toMatch(/\.$/)
  // The name reads as one: the row's accessible name starts with the whole host.
  expect(
    screen.getByRole('row', { name: /^nexus-eu\.acme-corp\.example HTTPS 8081/ }),
  ).toBeInTheDocument()
})
