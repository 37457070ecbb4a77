import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { HealthChart } from './health-chart'

const now = Date.UTC(2026, 10, 23, 12)

describe('HealthChart', () => {
  it('says "1 result" and labels the time axis once for a single result', () => {
    const { container } = render(<HealthChart records={[{ testedAt: now, ok: false }]} />)
    expect(screen.getByRole('img', { name: /1 result, .*: failed\./ })).toBeInTheDocument()
    expect(container.textContent).not.toContain('1 results')
    const axisLabels = [...container.querySelectorAll('svg > text')].map((t) => t.textContent)
    expect(axisLabels).toHaveLength(1)
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
