import { useId } from 'react'

import { ProviderLogoSvg } from '@/components/provider-logo/provider-logo'

import {
  connectorCountText,
  diagramGroups,
  groupPorts as ports,
  MAX_GROUP_HOSTS as MAX_HOSTS,
  shownHosts,
  type DiagramGroup,
} from '../lib/diagram-groups'
import type { EgressPlan } from '../lib/egress-plan'

const WIDTH = 760
const BOX_X = 392
const HEAD = 24
const LINE = 17
const GAP = 10
const shortHost = (host: string) => (host.length > 44 ? `${host.slice(0, 43)}…` : host)
/** Room in a box's head for the name and the ports: 12 px text, about 7.2 px a character. */
const HEAD_CHARS = Math.floor((WIDTH - 20 - (BOX_X + 32) - 12) / 7.2)
/**
 * The head's name, short enough not to run into the ports: the connector count goes first, then
 * the name is cut (the description and the table above give it in full). A dashed box says optional.
 */
function headText(g: DiagramGroup) {
  const room = HEAD_CHARS - ports(g).length
  const name = g.label.replace(/\s*\(optional\)$/i, '')
  const count = g.connectorCount ? ` · ${connectorCountText(g)}` : ''
  if (name.length + count.length <= room) return { name, count }
  return { name: name.length > room ? `${name.slice(0, room - 1).trimEnd()}…` : name, count: '' }
}
const hostLines = (g: DiagramGroup) => Math.min(g.destinations.length, MAX_HOSTS + 1)
const boxHeight = (g: DiagramGroup) => HEAD + hostLines(g) * LINE + 8

function describe(groups: DiagramGroup[]) {
  const parts = groups.map(
    (g) =>
      `${g.label}${g.connectorCount ? ` (${g.connectorCount} connector${g.connectorCount > 1 ? 's' : ''})` : ''}: ${g.destinations
        .map((d) => `${d.host} on ${d.protocol} ${d.port}`)
        .join(', ')}`,
  )
  return `The delegate opens outbound connections only. ${parts.join('. ')}. Nothing connects in to the delegate.`
}

/** One provider's box: its badge (the provider's logo, as elsewhere), its name, the ports, and its hosts. */
function GroupBox({ group, y }: { group: DiagramGroup; y: number }) {
  const harness = group.kind === 'harness'
  const { hosts, more } = shownHosts(group)
  const head = headText(group)
  return (
    <g>
      <rect
        x={BOX_X}
        y={y}
        width={WIDTH - BOX_X - 10}
        height={boxHeight(group)}
        rx="8"
        fill={harness ? 'var(--accent-soft)' : 'var(--surface-2)'}
        stroke={harness ? 'var(--accent)' : 'var(--border-strong)'}
        strokeDasharray={group.optional ? '4 4' : undefined}
      />
      {group.provider ? (
        <ProviderLogoSvg provider={group.provider} x={BOX_X + 5} y={y + 3} size={22} />
      ) : (
        <>
          <circle
            cx={BOX_X + 16}
            cy={y + 14}
            r="10"
            fill={harness ? 'var(--accent)' : 'var(--text-muted)'}
          />
          <text
            x={BOX_X + 16}
            y={y + 18}
            textAnchor="middle"
            fontSize="9"
            fontWeight="700"
            fill="var(--surface)"
          >
            {group.initials}
          </text>
        </>
      )}
      <text x={BOX_X + 32} y={y + 18} fontWeight="600" fill="var(--text)">
        {head.name}
        {head.count ? (
          <tspan fill="var(--text-muted)" fontWeight="400">
            {head.count}
          </tspan>
        ) : null}
      </text>
      <text
        x={WIDTH - 20}
        y={y + 18}
        textAnchor="end"
        fontWeight="600"
        fill={harness ? 'var(--accent)' : 'var(--text-muted)'}
      >
        {ports(group)}
      </text>
      {hosts.map((d, i) => (
        <text
          key={`${d.host}:${d.port}`}
          x={BOX_X + 32}
          y={y + HEAD + 12 + i * LINE}
          fill="var(--text)"
          fontFamily="var(--font-mono)"
          fontSize="11"
        >
          {shortHost(d.host)}
        </text>
      ))}
      {more > 0 ? (
        <text
          x={BOX_X + 32}
          y={y + HEAD + 12 + hosts.length * LINE}
          fill="var(--text-muted)"
          fontSize="11"
        >
          and {more} more hosts, in the table above
        </text>
      ) : null}
    </g>
  )
}

/**
 * The plan as a picture: the delegate on the left, one arrow out to the Harness Manager and one to
 * each provider, whose box names it (with its logo) and lists its hosts and ports.
 * Grouping by provider keeps a large account readable. Accessible as one image (`role="img"`): a
 * short name, and a description that says it all in words.
 */
export function EgressDiagram({ plan }: { plan: EgressPlan }) {
  const titleId = useId()
  const descId = useId()
  const groups = diagramGroups(plan)
  const tops: number[] = []
  let bottom = 10
  for (const g of groups) {
    tops.push(bottom)
    bottom += boxHeight(g) + GAP
  }
  const height = Math.max(bottom + 10, 160)
  const delegateY = height / 2
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      style={{ width: '100%', height: 'auto', maxWidth: WIDTH }}
    >
      <title id={titleId}>Delegate egress diagram</title>
      <desc id={descId}>{describe(groups)}</desc>
      <defs>
        <marker
          id={`${titleId}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      <g fontFamily="var(--font-sans)" fontSize="12" fill="currentColor">
        <rect
          x="10"
          y={delegateY - 28}
          width="150"
          height="56"
          rx="10"
          fill="var(--accent-soft)"
          stroke="var(--accent)"
        />
        <text x="85" y={delegateY - 4} textAnchor="middle" fontWeight="600" fontSize="13">
          Harness delegate
        </text>
        <text x="85" y={delegateY + 14} textAnchor="middle" fill="var(--text-muted)">
          outbound only
        </text>
        {groups.map((g, i) => {
          const y = tops[i] + 14
          return (
            <g key={g.key}>
              <path
                d={`M160 ${delegateY} C 260 ${delegateY}, 260 ${y}, ${BOX_X - 4} ${y}`}
                fill="none"
                stroke={g.kind === 'harness' ? 'var(--accent)' : 'var(--text-muted)'}
                color={g.kind === 'harness' ? 'var(--accent)' : 'var(--text-muted)'}
                strokeDasharray={g.optional ? '4 4' : undefined}
                markerEnd={`url(#${titleId}-arrow)`}
              />
              <GroupBox group={g} y={tops[i]} />
            </g>
          )
        })}
      </g>
    </svg>
  )
}
