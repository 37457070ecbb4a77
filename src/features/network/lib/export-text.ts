import { commentSafe } from '@/lib/shell-quote'

import type { Destination, EgressPlan } from './egress-plan'

const who = (d: Destination) => [
  ...(d.kind === 'harness' || d.inferred ? d.purposes : []),
  ...d.connectors.map((c) => `${c.name} (${c.scope})`),
]

/** One line per destination, e.g. `app.harness.io:443  HTTPS  Harness Manager (primary endpoint)`. */
export function planToText(plan: EgressPlan): string {
  const width = Math.max(...plan.destinations.map((d) => `${d.host}:${d.port}`.length))
  const lines = plan.destinations.map((d) => {
    const flags = [d.optional ? 'optional' : '', d.inferred ? 'inferred' : ''].filter(Boolean)
    const tail = `${who(d).join('; ')}${flags.length ? ` [${flags.join(', ')}]` : ''}`
    // Names are user input: a line break in one must not start a new "destination".
    return `${`${d.host}:${d.port}`.padEnd(width)}  ${d.protocol.padEnd(5)}  ${commentSafe(tail)}`
  })
  return `${lines.join('\n')}\n`
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. A leading
 * `= + - @` (or tab/CR) would make a spreadsheet run it as a formula (OWASP "CSV injection"), and
 * connector names are user input, so such a cell gets a leading `'`.
 */
export function csvField(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const CSV_HEADER = [
  'host',
  'port',
  'protocol',
  'required',
  'inferred',
  'purpose',
  'connectors',
  'notes',
]

/** The plan as CSV with a header row; multi-valued cells are joined with "; ". */
export function planToCsv(plan: EgressPlan): string {
  const rows = plan.destinations.map((d) => [
    d.host,
    d.port,
    d.protocol,
    d.optional ? 'optional' : 'required',
    d.inferred ? 'yes' : 'no',
    d.purposes.join('; '),
    d.connectors.map((c) => `${c.name} (${c.scope})`).join('; '),
    d.notes.join('; '),
  ])
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
