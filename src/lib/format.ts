const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
]

/** "3 minutes ago", "in 9 days"; "just now" under 10 seconds. */
export function formatRelative(epochMs: number | null | undefined, now = Date.now()): string {
  if (!epochMs) return 'Never'
  const diff = epochMs - now
  if (Math.abs(diff) < 10_000) return 'just now'
  for (const [unit, ms] of UNITS)
    if (Math.abs(diff) >= ms || unit === 'second')
      return relative.format(Math.round(diff / ms), unit)
  return 'just now'
}

export function formatDateTime(epochMs: number | null | undefined) {
  return epochMs ? dateTime.format(epochMs) : '—'
}

export function formatDate(epochMs: number | null | undefined) {
  return epochMs ? dateOnly.format(epochMs) : '—'
}

export function pluralize(count: number, singular: string, plural = `${singular}s`) {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`
}
