import { buildEgressPlan } from './egress-plan'
import { connector } from './testing'

const options = { cluster: 'prod1', logging: true } as const
const hostPorts = (plan: ReturnType<typeof buildEgressPlan>) =>
  plan.destinations.map((d) => `${d.host}:${d.port}/${d.protocol}`)

describe('buildEgressPlan', () => {
  it('always starts with the Manager on 443 and, when enabled, the optional log sink', () => {
    const plan = buildEgressPlan([], options)
    expect(hostPorts(plan)).toEqual([
      'app.harness.io:443/HTTPS',
      'logging.googleapis.com:443/HTTPS',
    ])
    expect(plan.destinations[1].optional).toBe(true)
    expect(plan.destinations[1].notes.join(' ')).toContain('STACK_DRIVER_LOGGING_ENABLED=false')
    expect(hostPorts(buildEgressPlan([], { ...options, logging: false }))).toEqual([
      'app.harness.io:443/HTTPS',
    ])
  })

  it.each([
    ['prod2', ['app.harness.io']],
    ['prod3', ['app.harness.io', 'app3.harness.io']],
    ['prod0', ['app.harness.io', 'accounts.harness.io']],
    ['prod4', ['app.harness.io', 'accounts.harness.io']],
    ['eu', ['app.harness.io', 'accounts.eu.harness.io']],
  ] as const)('picks the Manager domains of cluster %s', (cluster, hosts) => {
    const plan = buildEgressPlan([], { cluster, logging: false })
    expect(plan.destinations.map((d) => d.host)).toEqual(hosts)
  })

  it('reads hosts from URLs, with the explicit port or the scheme default, and the scheme as protocol', () => {
    const plan = buildEgressPlan(
      [
        connector('nexus', 'Nexus', {
          nexusServerUrl: 'https://Nexus.Acme.io:8081/repo',
          version: '3.x',
        }),
        connector('prom', 'Prometheus', { url: 'http://prom.acme.io/', headers: [] }),
        connector('jira', 'Jira', { jiraUrl: 'https://acme.atlassian.net/' }),
      ],
      { ...options, logging: false },
    )
    expect(hostPorts(plan)).toEqual([
      'app.harness.io:443/HTTPS',
      'acme.atlassian.net:443/HTTPS',
      'nexus.acme.io:8081/HTTPS',
      'prom.acme.io:80/HTTP',
    ])
  })

  it('notes when a URL uses another port than the catalog lists, and keeps the hints caveats', () => {
    const plan = buildEgressPlan(
      [
        connector('nexus', 'Nexus', { nexusServerUrl: 'https://nexus.acme.io', version: '3.x' }),
        connector('k8s', 'K8sCluster', {
          credential: {
            type: 'ManualConfig',
            spec: {
              masterUrl: 'https://k8s.dc1.acme.io:6443',
              auth: { type: 'ServiceAccount', spec: {} },
            },
          },
        }),
      ],
      options,
    )
    const nexus = plan.destinations.find((d) => d.host === 'nexus.acme.io')!
    expect(nexus.notes).toContain(
      "Harness lists TCP 8081 for Nexus; this connector's URL uses port 443.",
    )
    const k8s = plan.destinations.find((d) => d.host === 'k8s.dc1.acme.io')!
    expect(k8s.port).toBe(6443)
    expect(k8s.notes.join(' ')).toMatch(/depend on where the cluster is hosted/)
  })

  it('deduplicates by host and port and lists every connector that needs the destination', () => {
    const plan = buildEgressPlan(
      [
        connector(
          'gh_a',
          'Github',
          { url: 'https://github.com/acme', type: 'Account' },
          { name: 'GitHub A' },
        ),
        connector(
          'gh_b',
          'Github',
          { url: 'https://github.com/acme-labs', type: 'Account' },
          { name: 'GitHub B', orgIdentifier: 'default' },
        ),
        connector('gh_ssh', 'Github', { url: 'git@github.com:acme', type: 'Account' }),
      ],
      options,
    )
    const https = plan.destinations.filter((d) => d.host === 'github.com')
    expect(https.map((d) => `${d.port}/${d.protocol}`)).toEqual(['22/SSH', '443/HTTPS'])
    expect(https[1].connectors.map((c) => `${c.name} (${c.scope})`)).toEqual([
      'GitHub A (Account)',
      'GitHub B (Org default)',
    ])
  })

  it('gives hosts without a port the catalog port hints (SSH 22 for data-center hosts)', () => {
    const plan = buildEgressPlan(
      [
        connector('pdc', 'Pdc', {
          hosts: [{ hostname: 'vm1.acme.io' }, { hostname: 'vm2.acme.io:2222' }],
        }),
      ],
      options,
    )
    expect(
      plan.destinations
        .filter((d) => d.kind === 'connector')
        .map((d) => `${d.host}:${d.port}/${d.protocol}`),
    ).toEqual(['vm1.acme.io:22/SSH', 'vm2.acme.io:2222/SSH'])
    expect(plan.unresolved).toEqual([])
  })

  it('maps regions to cloud service endpoints, marked as inferred', () => {
    const plan = buildEgressPlan(
      [
        connector('aws', 'Aws', {
          credential: { type: 'InheritFromDelegate', region: 'eu-west-1' },
        }),
        connector('sm', 'AwsSecretManager', {
          region: 'us-east-1',
          credential: { type: 'AssumeIAMRole' },
        }),
        connector('az', 'Azure', { azureEnvironmentType: 'AZURE_US_GOVERNMENT', credential: {} }),
      ],
      { ...options, logging: false },
    )
    const inferred = plan.destinations.filter((d) => d.inferred).map((d) => d.host)
    expect(inferred).toEqual([
      'ec2.eu-west-1.amazonaws.com',
      'login.microsoftonline.us',
      'management.usgovcloudapi.net',
      'secretsmanager.us-east-1.amazonaws.com',
      'sts.eu-west-1.amazonaws.com',
      'sts.us-east-1.amazonaws.com',
    ])
  })

  it('refuses region values that are not region names instead of building hosts from them', () => {
    const plan = buildEgressPlan(
      [connector('aws', 'Aws', { credential: { region: 'x.evil.com/$(id)' } })],
      options,
    )
    expect(plan.destinations.some((d) => d.host.includes('evil'))).toBe(false)
    expect(plan.unresolved[0].reason).toMatch(/not an AWS region name/)
  })

  it('leaves platform-run connectors out of the delegate plan and reports what it cannot place', () => {
    const plan = buildEgressPlan(
      [
        connector('gh', 'Github', { url: 'https://github.com/acme', executeOnDelegate: false }),
        connector('slack', 'Slack', {}),
      ],
      options,
    )
    expect(plan.viaPlatform.map((c) => c.identifier)).toEqual(['gh'])
    expect(plan.destinations.some((d) => d.host === 'github.com')).toBe(false)
    expect(plan.unresolved.map((u) => u.connector.identifier)).toEqual(['slack'])
  })
})
