/**
 * POSIX shell single-quoting: `it's` → `'it'"'"'s'`. Inside single quotes nothing is special
 * (no `$`, backtick, `\` or newline handling), so the only character to escape is `'` itself,
 * which closes the quote, adds a double-quoted `'`, and reopens.
 *
 * The console's one shell-quoting helper: every value in a generated script or a command shown for
 * copying (installers, the rotation walkthrough, the network preflight) goes through it unless it
 * is one of the console's own constants. Names come from the Manager, where any string may be
 * registered, so validation elsewhere is no substitute.
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
