import {
  compareVersions,
  endOfLifeOf,
  expiryOf,
  isBehind,
  versionRelease,
  versionState,
} from './versions'

const DAY = 86_400_000

test('orders by year, month, then build; suffixes are ignored', () => {
  expect(compareVersions('25.10.86800', '25.10.86801')).toBeLessThan(0)
  expect(compareVersions('25.10.86900', '25.10.86801')).toBeGreaterThan(0)
  // Build numbers compare as numbers, not text.
  expect(compareVersions('25.10.9999', '25.10.86800')).toBeLessThan(0)
  expect(compareVersions('24.12.90000', '25.01.80000')).toBeLessThan(0)
  expect(compareVersions('25.09.90000', '25.10.80000')).toBeLessThan(0)
  expect(compareVersions('25.10.86800.minimal', '25.10.86800')).toBe(0)
  expect(compareVersions('25.10.86800-rc1', '25.10.86800')).toBe(0)
  expect(compareVersions('harness/delegate:25.10.86800', '25.10.86800')).toBe(0)
  const sorted = ['25.10.86800', 'latest', '24.05.84200', '', '25.01.85000.minimal'].sort(
    compareVersions,
  )
  expect(sorted.slice(2)).toEqual(['24.05.84200', '25.01.85000.minimal', '25.10.86800'])
  expect(sorted.slice(0, 2).sort()).toEqual(['', 'latest'])
})

test('unparsable versions sort first and tie with each other', () => {
  expect(compareVersions('nonsense', '24.01.1')).toBeLessThan(0)
  expect(compareVersions('24.01.1', 'nonsense')).toBeGreaterThan(0)
  expect(compareVersions('a', 'b')).toBe(0)
})

test('behind only when both versions are known and it is older', () => {
  expect(isBehind('25.09.86000', '25.10.86800')).toBe(true)
  expect(isBehind('25.10.86800.minimal', '25.10.86800')).toBe(false)
  expect(isBehind('25.11.87000', '25.10.86800')).toBe(false)
  expect(isBehind(null, '25.10.86800')).toBe(false)
  expect(isBehind('25.09.86000', undefined)).toBe(false)
  expect(isBehind('garbage', '25.10.86800')).toBe(false)
})

test('release month from yy.mm; legacy and unknown versions have none', () => {
  expect(versionRelease('24.05.84200')?.toISOString()).toBe('2024-05-01T00:00:00.000Z')
  expect(versionRelease('1.0.81202')).toBeNull()
  expect(versionRelease('24.13.1')).toBeNull()
  expect(versionRelease(null)).toBeNull()
})

test("the policy's example: 24.05.84200 reaches EOS in November 2024 and EOL in January 2025", () => {
  expect(new Date(expiryOf('24.05.84200')!).toISOString()).toBe('2024-11-01T00:00:00.000Z')
  expect(new Date(endOfLifeOf('24.05.84200')!).toISOString()).toBe('2025-01-01T00:00:00.000Z')
  // Across a year end.
  expect(new Date(expiryOf('24.09.1')!).toISOString()).toBe('2025-03-01T00:00:00.000Z')
})

test("the Manager's expiry wins over the rule; 0 or null means not set", () => {
  const api = Date.UTC(2030, 0, 15)
  expect(expiryOf('24.05.84200', { apiExpiry: api })).toBe(api)
  expect(expiryOf(null, { apiExpiry: api })).toBe(api)
  expect(expiryOf('24.05.84200', { apiExpiry: 0 })).toBe(Date.UTC(2024, 10, 1))
  expect(expiryOf('24.05.84200', { apiExpiry: null })).toBe(Date.UTC(2024, 10, 1))
  expect(expiryOf('unknown', {})).toBeNull()
})

test('expired, expiring soon (30 days) or fine', () => {
  const now = Date.UTC(2024, 9, 20) // 20 October 2024; 24.05.x expires 1 November
  const soon = versionState('24.05.84200', '24.10.86000', now)
  expect(soon).toEqual({
    behind: true,
    expiresAt: Date.UTC(2024, 10, 1),
    expirySource: 'policy',
    expired: false,
    expiringSoon: true,
  })
  const expired = versionState('24.04.1', '24.10.86000', now)
  expect(expired).toMatchObject({ expired: true, expiringSoon: false })
  const fine = versionState('24.10.86000', '24.10.86000', now)
  expect(fine).toMatchObject({ behind: false, expired: false, expiringSoon: false })
  // Exactly at the expiry instant it is expired; 30 days ahead is still "soon", 31 is not.
  expect(versionState('x', null, now, now).expired).toBe(true)
  expect(versionState('x', null, now, now + 30 * DAY).expiringSoon).toBe(true)
  expect(versionState('x', null, now, now + 31 * DAY).expiringSoon).toBe(false)
})

test("the Manager's expiry decides the state, and unknown stays unknown", () => {
  const now = Date.UTC(2024, 9, 20)
  const fromApi = versionState('24.05.84200', null, now, now + 90 * DAY)
  expect(fromApi).toMatchObject({
    expirySource: 'manager',
    expired: false,
    expiringSoon: false,
    behind: false,
  })
  expect(versionState(null, '24.10.86000', now)).toEqual({
    behind: false,
    expiresAt: null,
    expirySource: null,
    expired: false,
    expiringSoon: false,
  })
})
