import { render, screen } from '@testing-library/react'

import { buildEgressPlan } from '../lib/egress-plan'
import { connector } from '../lib/testing'

import { EgressDiagram } from './egress-diagram'

test('names the Harness Manager and each provider, one box per provider, however many hosts', async () => {
  const plan = buildEgressPlan(
    [
      ...Array.from({ length: 20 }, (_, i) =>
        connector(`gh${i}`, 'Github', { url: `https://ghe-${i}.acme.example/org` }),
      ),
      connector('nexus', 'Nexus', { nexusServerUrl: 'https://nexus.acme.example:8081' }),
    ],
    { cluster: 'prod1', logging: false },
  )
  const { container } = render(<EgressDiagram plan={plan} />)
  const diagram = screen.getByRole('img', { name: 'Delegate egress diagram' })
  const text = [...container.querySelectorAll('text')].map((t) => t.textContent)
  expect(text).toContain('Harness Manager')
  expect(text).toContain('GitHub · 20 connectors')
  expect(text).toContain('Nexus · 1 connector')
  // One arrow per group (Manager, GitHub, Nexus), not one per host.
  expect(container.querySelectorAll('path[marker-end]')).toHaveLength(3)
  expect(text).toContain('and 17 more hosts, in the table above')
  expect(diagram).toHaveAccessibleDescription(/Harness Manager: app\.harness\.io on HTTPS 443/)
  expect(diagram).toHaveAccessibleDescription(/GitHub \(20 connectors\): ghe-0\.acme\.example/)
  // Each provider's box shows its badge, as the connector list does: GitHub's logo, Nexus's
  // initials (Sonatype's mark is a wordmark, unreadable at this size).
  await screen.findAllByText((_, el) => el?.getAttribute('data-logo') === 'github')
  expect(container.querySelector('[data-logo="github"] path')).toBeInTheDocument()
  expect(text).toContain('NX')
})

test("a box's name never runs into its ports: the log sink drops '(optional)', its box is dashed", () => {
  const plan = buildEgressPlan([connector('gh', 'Github', { url: 'https://github.com/acme' })], {
    cluster: 'prod1',
    logging: true,
  })
  const { container } = render(<EgressDiagram plan={plan} />)
  const text = [...container.querySelectorAll('text')].map((t) => t.textContent)
  expect(text).toContain('Delegate logs for Harness Support')
  expect(text).not.toContain('Delegate logs for Harness Support (optional)')
  expect(container.querySelector('rect[stroke-dasharray]')).toBeInTheDocument()
})
