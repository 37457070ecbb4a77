import { parseAllDocuments } from 'yaml'

import { bashSyntaxCheck, shellcheck } from '@/test/shell-sandbox'

import { buildEgressPlan } from './egress-plan'
import { EXPORT_FORMATS } from './export-formats'
import { csvField, planToCsv, planToText } from './export-text'
import { buildNetworkPolicy } from './network-policy'
import { buildSecurityGroupEgress, sgDescription } from './security-group'
import { connector } from './testing'

const plan = buildEgressPlan(
  [
    connector(
      'nexus',
      'Nexus',
      { nexusServerUrl: 'https://nexus.acme.io:8081' },
      { name: '=HYPERLINK("http://evil"), "quoted"' },
    ),
    connector('prom', 'Prometheus', { url: 'http://prometheus.monitoring.svc:9090/' }),
    connector('gh', 'Github', { url: 'https://github.com/acme' }, { name: 'GitHub\nkind: Pod' }),
  ],
  { cluster: 'eu', logging: true },
)

describe('plain list and CSV', () => {
  it('lists one destination a line with its port, protocol and who needs it', () => {
    const lines = planToText(plan).trimEnd().split('\n')
    expect(lines).toHaveLength(plan.destinations.length)
    expect(lines[0]).toMatch(/^app\.harness\.io:443 +HTTPS +Harness Manager \(primary endpoint\)$/)
    expect(lines[1]).toMatch(
      /^accounts\.eu\.harness\.io:443 +HTTPS +Harness Manager \(EU cluster\)$/,
    )
    expect(lines[2]).toMatch(/logging\.googleapis\.com:443 .*\[optional\]$/)
  })

  it('quotes CSV fields with commas, quotes or line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('-cmd')).toBe("'-cmd")
    const csv = planToCsv(plan)
    const rows = csv.trimEnd().split('\r\n')
    expect(rows[0]).toBe('host,port,protocol,required,inferred,purpose,connectors,notes')
    const nexus = rows.find((r) => r.startsWith('nexus.acme.io'))!
    expect(nexus).toContain(`"'=HYPERLINK(""http://evil""), ""quoted"" (Account)"`)
  })
})

describe('buildNetworkPolicy', () => {
  const yaml = buildNetworkPolicy(plan, {
    namespace: 'harness-delegate-ng',
    delegateName: 'prod-delegate',
  })
  const docs = parseAllDocuments(yaml)
  interface Rule {
    to: Record<string, unknown>[]
    ports: { protocol: string; port: number }[]
  }
  const policy = docs[0].toJS() as { spec: { egress: Rule[] } }

  it('parses as one NetworkPolicy for the delegate pods, egress only', () => {
    expect(docs).toHaveLength(1)
    expect(docs[0].errors).toEqual([])
    expect(policy).toMatchObject({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'prod-delegate-egress', namespace: 'harness-delegate-ng' },
      spec: {
        podSelector: { matchLabels: { 'harness.io/name': 'prod-delegate' } },
        policyTypes: ['Egress'],
      },
    })
  })

  it('allows DNS to kube-dns and every port of the plan, hosts named in comments', () => {
    const egress = policy.spec.egress
    expect(egress[0].ports).toEqual([
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ])
    expect(egress[0].to[0]).toMatchObject({
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    })
    expect(egress.slice(1).map((r) => r.ports[0].port)).toEqual([443, 8081, 9090])
    expect(egress[1].to).toEqual([{ ipBlock: { cidr: '0.0.0.0/0' } }])
    // An in-cluster service is a pod, which an ipBlock need not match: allow the namespaces too.
    expect(egress[3].to).toEqual([{ ipBlock: { cidr: '0.0.0.0/0' } }, { namespaceSelector: {} }])
    expect(yaml).toContain(
      '# TCP 443: app.harness.io, accounts.eu.harness.io, logging.googleapis.com (optional), github.com',
    )
  })
})

describe('buildSecurityGroupEgress', () => {
  it('has the IpPermissions shape, one tcp rule per port', () => {
    const sg = buildSecurityGroupEgress(plan)
    expect(sg.GroupId).toBe('sg-REPLACE_ME')
    expect(sg.IpPermissions.map((p) => [p.IpProtocol, p.FromPort, p.ToPort])).toEqual([
      ['tcp', 443, 443],
      ['tcp', 8081, 8081],
      ['tcp', 9090, 9090],
    ])
    for (const rule of sg.IpPermissions) {
      expect(Object.keys(rule).sort()).toEqual(['FromPort', 'IpProtocol', 'IpRanges', 'ToPort'])
      expect(rule.IpRanges[0].CidrIp).toBe('0.0.0.0/0')
      expect(rule.IpRanges[0].Description).toMatch(/^Harness delegate: /)
    }
  })

  it('keeps descriptions within the 255 characters and the characters AWS accepts', () => {
    expect(sgDescription('a\nb "c" <d> é')).toBe('a b c d')
    const many = buildEgressPlan(
      Array.from({ length: 40 }, (_, i) =>
        connector(`c${i}`, 'Jira', { jiraUrl: `https://team-${i}.atlassian.net` }),
      ),
      { cluster: 'prod1', logging: false },
    )
    const description = buildSecurityGroupEgress(many).IpPermissions[0].IpRanges[0].Description
    expect(description.length).toBeLessThanOrEqual(255)
    expect(description).toMatch(/\+\d+ more$/)
  })
})

describe('commands shown for running an export', () => {
  it.each(EXPORT_FORMATS.filter((f) => f.runCommand))('$id: parses and names its file', (f) => {
    const command = `${f.runCommand}\n`
    expect(bashSyntaxCheck(command)).toEqual({ status: 0, stderr: '' })
    const lint = shellcheck(command)
    expect(lint).toEqual({ status: 0, output: '' })
    expect(f.runCommand).toContain(f.filename)
  })
})
