import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { HealthBadge } from './health-badge'
import { API_STATUS_BY_HEALTH, healthOf } from './status'

const tested = Date.now() - 60_000

describe('status mapping', () => {
  it.each([
    [{ status: 'SUCCESS', testedAt: tested }, 'Active'],
    [{ status: 'FAILURE', testedAt: tested }, 'Failed'],
    [{ status: 'PARTIAL', testedAt: tested }, 'Partial'],
    [{ status: 'UNKNOWN', testedAt: tested }, 'Unconfigured'],
    [{ status: 'PENDING' }, 'Pending'],
    // Created but never tested is Unconfigured whatever the status says (seed 004 lifecycle).
    [{ status: 'SUCCESS', testedAt: null }, 'Unconfigured'],
    [null, 'Unconfigured'],
  ] as const)('%j shows as %s', (details, label) => {
    render(<HealthBadge health={healthOf(details)} />)
    expect(screen.getByText(label)).toBeInTheDocument()
  })

  it('accepts the deprecated lastTestedAt as a test time', () => {
    expect(healthOf({ status: 'FAILURE', lastTestedAt: tested })).toBe('failed')
  })

  it('filters by the API status listV2 understands', () => {
    expect(API_STATUS_BY_HEALTH).toEqual({
      active: 'SUCCESS',
      failed: 'FAILURE',
      partial: 'PARTIAL',
      unconfigured: 'UNKNOWN',
      pending: 'PENDING',
    })
  })
})
