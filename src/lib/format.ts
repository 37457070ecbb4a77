/**
 * Intl formatters are costly to build (each loads locale data): built on first use, then reused,
 * so a page pays only for the ones it shows and `toLocaleString` never builds one per call.
 */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}
const relative = once(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }))
const dateTime = once(
  () => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }),
)
const dateOnly = once(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }))
const integer = once(() => new Intl.NumberFormat('en'))

/** 4987 → "4,987". */
export function formatCount(count: number) {
  return integer().format(count)
}

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
      return relative().format(Math.round(diff / ms), unit)
  return 'just now'
}

export function formatDateTime(epochMs: number | null | undefined) {
  return epochMs ? dateTime().format(epochMs) : '—'
}

export function formatDate(epochMs: number | null | undefined) {
  return epochMs ? dateOnly().format(epochMs) : '—'
}

export function pluralize(count: number, singular: string, plural = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`
}
