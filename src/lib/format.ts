/**
 * English formatting without Intl. The first Intl object a page builds costs about 130 ms of a
 * phone's main thread (the browser loads its ICU locale data), and every page here shows counts
 * and dates as its first data arrives. The console's copy is English, so these few formats are
 * written out: grouping, medium dates, short times and relative times, as `Intl` with 'en' gives
 * them (times use a plain space before AM/PM).
 */

/** 4987 → "4,987". */
export function formatCount(count: number) {
  const sign = count < 0 ? '-' : ''
  const [whole, fraction] = String(Math.abs(count)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return sign + grouped + (fraction ? `.${fraction}` : '')
}

const UNITS: [unit: string, ms: number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
]

/** What `numeric: 'auto'` says for one unit back or ahead. */
const ADJACENT: Record<string, [past: string, future: string]> = {
  year: ['last year', 'next year'],
  month: ['last month', 'next month'],
  week: ['last week', 'next week'],
  day: ['yesterday', 'tomorrow'],
}

/** "3 minutes ago", "in 9 days", "yesterday"; "just now" under 10 seconds. */
export function formatRelative(epochMs: number | null | undefined, now = Date.now()): string {
  if (!epochMs) return 'Never'
  const diff = epochMs - now
  if (Math.abs(diff) < 10_000) return 'just now'
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) < ms && unit !== 'second') continue
    const value = Math.round(diff / ms)
    const count = Math.abs(value)
    if (count === 1 && ADJACENT[unit]) return ADJACENT[unit][value < 0 ? 0 : 1]
    const phrase = pluralize(count, unit)
    return value < 0 ? `${phrase} ago` : `in ${phrase}`
  }
  return 'just now'
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Nov 23, 2026", in the browser's time zone. */
function mediumDate(date: Date) {
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`
}

/** "3:04 PM". */
function shortTime(date: Date) {
  const hours = date.getHours()
  const minutes = String(date.getMinutes()).padStart(2, '0')
  return `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

/** "Nov 23, 2026, 3:04 PM". */
export function formatDateTime(epochMs: number | null | undefined) {
  if (!epochMs) return '—'
  const date = new Date(epochMs)
  return `${mediumDate(date)}, ${shortTime(date)}`
}

export function formatDate(epochMs: number | null | undefined) {
  return epochMs ? mediumDate(new Date(epochMs)) : '—'
}

export function pluralize(count: number, singular: string, plural = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`
}

/** Case-insensitive order for names and labels (no ICU collator, see above). */
export function compareText(a: string, b: string) {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
}
