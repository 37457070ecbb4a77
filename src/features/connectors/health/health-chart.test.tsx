import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { HealthChart } from './health-chart'

const now = Date.UTC(2026, 10, 23, 12)

describe('HealthChart', () => {
  it('says "1 result" and labels the time axis once for a single result', () => {
    const { container } = render(<HealthChart records={[{ testedAt: now, ok: false }]} />)
    expect(screen.getByRole('img', { name: /1 result, .*: failed\./ })).toBeInTheDocument()
    expect(container.textContent).not.toContain('1 results')
    const axisLabels = [...container.querySelectorAll('[data-axis="x"] > span')]
    expect(axisLabels).toHaveLength(1)
  })

  it('draws one result as one narrow bar at the right, not a blob across the chart', () => {
    const { container } = render(
      <HealthChart records={[{ testedAt: now, ok: true, durationMs: 800 }]} />,
    )
    const [bar] = [...container.querySelectorAll('rect')]
    const width = Number(bar.getAttribute('width'))
    const viewWidth = Number(container.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2])
    expect(width).toBeLessThanOrEqual(viewWidth / 12)
    expect(Number(bar.getAttribute('x')) + width).toBeGreaterThan(viewWidth * 0.9)
  })

  it('keeps its labels as text outside the drawing, which stretches to any width (a phone)', () => {
    const records = Array.from({ length: 100 }, (_, i) => ({
      testedAt: now - (100 - i) * 60_000,
      ok: i % 7 !== 0,
      durationMs: 200 + i * 10,
    }))
    const { container } = render(<HealthChart records={records} />)
    const svg = container.querySelector('svg')!
    expect(svg.getAttribute('preserveAspectRatio')).toBe('none')
    expect(svg.querySelectorAll('text')).toHaveLength(0)
    const bars = [...svg.querySelectorAll('rect')]
    expect(bars).toHaveLength(100)
    // Side by side, never overlapping, each wide enough to see.
    for (let i = 1; i < bars.length; i++)
      expect(Number(bars[i].getAttribute('x'))).toBeGreaterThan(
        Number(bars[i - 1].getAttribute('x')) + Number(bars[i - 1].getAttribute('width')),
      )
    expect(Number(bars[0].getAttribute('width'))).toBeGreaterThanOrEqual(2)
    expect(container.querySelectorAll('[data-axis="x"] > span')).toHaveLength(2)
    expect(screen.getByRole('img', { name: /100 results from/ })).toBeInTheDocument()
  })

  it('counts several results with both ends of the time axis', () => {
    const records = [
      { testedAt: now - 3_600_000, ok: true },
      { testedAt: now, ok: false },
    ]
    render(<HealthChart records={records} />)
    expect(
      screen.getByRole('img', { name: /2 results from .* to .*: 1 passed, 1 failed, 50% uptime/ }),
    ).toBeInTheDocument()
  })
})
