import {
  compareText,
  formatCount,
  formatDate,
  formatDateTime,
  formatRelative,
  pluralize,
} from './format'

// The console formats without Intl (format.ts); these pin it to what Intl gives for 'en'.
describe('format', () => {
  it('groups thousands like Intl.NumberFormat', () => {
    for (const n of [0, 7, 999, 1000, 4987, 12345, 1234567, -2500, 1234.5])
      expect(formatCount(n)).toBe(new Intl.NumberFormat('en').format(n))
    expect(pluralize(1, 'connector')).toBe('1 connector')
    expect(pluralize(4987, 'connector')).toBe('4,987 connectors')
    expect(pluralize(2, 'proxy', 'proxies')).toBe('2 proxies')
  })

  it('says relative times as Intl.RelativeTimeFormat with numeric auto', () => {
    const now = Date.UTC(2026, 10, 23, 12)
    const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
    const cases: [number, number, Intl.RelativeTimeFormatUnit][] = [
      [-3 * 86_400_000, -3, 'day'],
      [-86_400_000, -1, 'day'],
      [86_400_000, 1, 'day'],
      [-7 * 86_400_000, -1, 'week'],
      [9 * 86_400_000, 1, 'week'],
      [-45 * 60_000, -45, 'minute'],
      [-3_600_000, -1, 'hour'],
      [2 * 3_600_000, 2, 'hour'],
      [-30_000, -30, 'second'],
      [-400 * 86_400_000, -1, 'year'],
      [-3 * 365 * 86_400_000, -3, 'year'],
      [60 * 86_400_000, 2, 'month'],
    ]
    for (const [offset, value, unit] of cases)
      expect(formatRelative(now + offset, now)).toBe(rtf.format(value, unit))
    expect(formatRelative(now - 5_000, now)).toBe('just now')
    expect(formatRelative(0, now)).toBe('Never')
    expect(formatRelative(null, now)).toBe('Never')
  })

  it('writes medium dates and short times as Intl.DateTimeFormat, in local time', () => {
    const normalize = (s: string) => s.replace(/\u202f/g, ' ')
    for (const ms of [
      Date.UTC(2026, 10, 23, 15, 4),
      Date.UTC(2026, 0, 1, 0, 0),
      Date.UTC(2025, 6, 9, 12, 30),
    ]) {
      expect(formatDateTime(ms)).toBe(
        normalize(
          new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
        ),
      )
      expect(formatDate(ms)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(ms))
    }
    expect(formatDateTime(null)).toBe('—')
    expect(formatDate(undefined)).toBe('—')
  })

  it('orders text without regard to case', () => {
    expect(['gitlab', 'GitHub', 'AWS', 'azure'].sort(compareText)).toEqual([
      'AWS',
      'azure',
      'GitHub',
      'gitlab',
    ])
  })
})
