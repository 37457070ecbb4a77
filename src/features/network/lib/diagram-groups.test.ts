import { diagramGroups } from './diagram-groups'
import { buildEgressPlan } from './egress-plan'
import { connector } from './testing'

const plan = () =>
  buildEgressPlan(
    [
      ...Array.from({ length: 12 }, (_, i) =>
        connector(`gh${i}`, 'Github', { url: `https://ghe-${i}.acme.example/org` }),
      ),
      connector('gl', 'Gitlab', { url: 'https://gitlab.com/acme' }),
      connector('nexus', 'Nexus', { nexusServerUrl: 'https://nexus.acme.example:8081' }),
    ],
    { cluster: 'prod3', logging: true },
  )

describe('diagramGroups', () => {
  it('names the Harness Manager as one group, then the log sink, then one group per provider', () => {
    const groups = diagramGroups(plan())
    expect(groups.map((g) => g.label)).toEqual([
      'Harness Manager',
      'Delegate logs for Harness Support (optional)',
      'GitHub',
      'GitLab',
      'Nexus',
    ])
    expect(groups[0].destinations.map((d) => d.host)).toEqual(['app.harness.io', 'app3.harness.io'])
    expect(groups[1].optional).toBe(true)
    expect(groups[2]).toMatchObject({ initials: 'GH', connectorCount: 12 })
    expect(groups[2].destinations).toHaveLength(12)
  })

  it('keeps every destination: nothing is cut off in a large account', () => {
    const p = plan()
    expect(diagramGroups(p).flatMap((g) => g.destinations)).toHaveLength(p.destinations.length)
  })
})
