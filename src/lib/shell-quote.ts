/**
 * POSIX shell single-quoting: `it's` → `'it'"'"'s'`. Inside single quotes nothing is special
 * (no `$`, backtick, `\` or newline handling), so the only character to escape is `'` itself,
 * which closes the quote, adds a double-quoted `'`, and reopens.
 *
 * Copied from `src/features/installers/lib/quote.ts` so that every feature that generates a
 * script (installers, the network preflight) can share it: features must not import each other.
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`
}

/**
 * Text safe inside a `# comment` line of a generated script or YAML file: line breaks and other
 * control characters would end the comment and turn the rest into code, so they become spaces.
 */
export function commentSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
}
