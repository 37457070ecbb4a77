import { groupByPort } from './by-port'
import type { EgressPlan } from './egress-plan'

/** The shape `aws ec2 authorize-security-group-egress --cli-input-json` reads. */
export interface SecurityGroupEgress {
  GroupId: string
  IpPermissions: {
    IpProtocol: 'tcp' | 'udp'
    FromPort: number
    ToPort: number
    IpRanges: { CidrIp: string; Description: string }[]
  }[]
}

/**
 * A security-group rule description allows 255 characters from `a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*`
 * (EC2 API reference, IpRange.Description); connector names can hold anything, so the rest go.
 */
export function sgDescription(text: string): string {
  return text
    .replace(/[^a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255)
}

/** "Harness delegate: a, b +3 more", cut at a host boundary to fit the 255-character limit. */
function describeHosts(hosts: string[]): string {
  const prefix = 'Harness delegate: '
  for (let shown = hosts.length; shown > 0; shown--) {
    const rest = hosts.length - shown
    const text = sgDescription(
      `${prefix}${hosts.slice(0, shown).join(', ')}${rest ? ` +${rest} more` : ''}`,
    )
    if (text.length < 255) return text
  }
  return sgDescription(`${prefix}${hosts.length} hosts`)
}

/**
 * Security-group egress rules for a delegate on EC2 or ECS: one rule per port, open to 0.0.0.0/0
 * (security groups take CIDRs, not host names), described with the hosts that need it. DNS to the
 * VPC resolver needs no rule: Amazon-provided DNS is not filtered by security groups.
 */
export function buildSecurityGroupEgress(
  plan: EgressPlan,
  groupId = 'sg-REPLACE_ME',
): SecurityGroupEgress {
  const IpPermissions = groupByPort(plan).map((g) => ({
    IpProtocol: g.transport === 'UDP' ? ('udp' as const) : ('tcp' as const),
    FromPort: g.port,
    ToPort: g.port,
    IpRanges: [
      { CidrIp: '0.0.0.0/0', Description: describeHosts(g.destinations.map((d) => d.host)) },
    ],
  }))
  return { GroupId: groupId, IpPermissions }
}

export function securityGroupJson(plan: EgressPlan): string {
  return `${JSON.stringify(buildSecurityGroupEgress(plan), null, 2)}\n`
}
