import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

import { validateConnectorBundle } from '../code/validate-yaml'

/** One document of a bundle: where it starts, its connector when valid, and its problems. */
export interface BundleDocument {
  index: number
  line: number
  info?: ConnectorInfo
  problems: { line: number; message: string }[]
}

/**
 * A bundle checked as a whole by the same rules as the YAML editor (code/validate-yaml.ts): YAML
 * syntax, the document's shape and scope, the form's messages and the Manager's types, and no
 * identifier twice. Only errors stop a document; warnings (a key the Manager ignores) do not.
 */
export function checkBundle(text: string, scope: Scope): BundleDocument[] {
  return validateConnectorBundle(text, scope).map(({ index, line, info, diagnostics }) => ({
    index,
    line,
    info,
    problems: diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ line: d.line, message: shorten(d.message) })),
  }))
}

/** An enum's message names every value; past a handful that is a wall of text, not help. */
function shorten(message: string): string {
  const match = /^(.*)must be one of (.*)$/.exec(message)
  const values = match?.[2].split(', ')
  if (!match || !values || values.length <= 8) return message
  return `${match[1]}must be one of the Manager's ${values.length} values (${values.slice(0, 4).join(', ')}, …)`
}
