import { useId } from 'react'

import type { EgressPlan } from '../lib/egress-plan'

const ROW = 34
const MAX_ROWS = 14
const WIDTH = 760

/**
 * The plan as a picture: the delegate on the left, an arrow out to each destination with its port.
 * Accessible as one image (`role="img"`) whose title and description say the same in words.
 */
export function EgressDiagram({ plan }: { plan: EgressPlan }) {
  const titleId = useId()
  const descId = useId()
  const shown = plan.destinations.slice(0, MAX_ROWS)
  const hidden = plan.destinations.length - shown.length
  const rows = shown.length + (hidden > 0 ? 1 : 0)
  const height = Math.max(rows * ROW + 40, 160)
  const delegateY = height / 2
  const description = `The delegate opens outbound connections only: ${plan.destinations
    .map((d) => `${d.host} on ${d.protocol} ${d.port}`)
    .join(', ')}. Nothing connects in to the delegate.`
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      style={{ width: '100%', height: 'auto', maxWidth: WIDTH }}
    >
      <title id={titleId}>Delegate egress diagram</title>
      <desc id={descId}>{description}</desc>
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
        {shown.map((d, i) => {
          const y = 20 + i * ROW + ROW / 2
          const harness = d.kind === 'harness'
          return (
            <g
              key={`${d.host}:${d.port}:${d.protocol}`}
              color={harness ? 'var(--accent)' : 'var(--text-muted)'}
            >
              <path
                d={`M160 ${delegateY} C 260 ${delegateY}, 260 ${y}, 388 ${y}`}
                fill="none"
                stroke="currentColor"
                strokeDasharray={d.optional ? '4 4' : undefined}
                markerEnd={`url(#${titleId}-arrow)`}
              />
              <rect
                x="392"
                y={y - 13}
                width={WIDTH - 402}
                height="26"
                rx="6"
                fill={harness ? 'var(--accent-soft)' : 'var(--surface-2)'}
                stroke={harness ? 'var(--accent)' : 'var(--border-strong)'}
              />
              <text x="402" y={y + 4} fill="var(--text)" fontFamily="var(--font-mono)">
                {d.host.length > 40 ? `${d.host.slice(0, 39)}…` : d.host}
              </text>
              <text
                x={WIDTH - 20}
                y={y + 4}
                textAnchor="end"
                fill={harness ? 'var(--accent)' : 'var(--text-muted)'}
                fontWeight="600"
              >
                {d.protocol} {d.port}
              </text>
            </g>
          )
        })}
        {hidden > 0 ? (
          <text x="402" y={20 + shown.length * ROW + ROW / 2 + 4} fill="var(--text-muted)">
            and {hidden} more in the table above
          </text>
        ) : null}
      </g>
    </svg>
  )
}
