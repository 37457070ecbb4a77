/**
 * Renders a JS string as an HCL quoted template literal. Besides the JSON-style escapes (`"`, `\`,
 * newline, tab, control characters), HCL treats `${` and `%{` as interpolation and directive
 * openers; they are escaped as `$${` and `%%{`
 * (https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences).
 */
export function hclString(value: string): string {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    const next = value[i + 1]
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if ((ch === '$' || ch === '%') && next === '{') out += `${ch}${ch}`
    else if (ch < ' ' || ch === '\u007f') {
      out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
    } else out += ch
  }
  return `"${out}"`
}

/** A value that {@link hclValue} can render. */
export type HclValue = string | number | boolean | HclValue[] | { [key: string]: HclValue }

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

/**
 * Renders strings, finite numbers, booleans, arrays and objects as an HCL expression (tuple and
 * object constructors). Object keys that are not plain identifiers are written as string literals.
 */
export function hclValue(value: HclValue, indent = ''): string {
  if (typeof value === 'string') return hclString(value)
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`HCL numbers must be finite (got ${value})`)
    return String(value)
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)},\n`).join('')}${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  const attributes = entries.map(([key, v]): [string, string] => [
    IDENTIFIER.test(key) ? key : hclString(key),
    hclValue(v, inner),
  ])
  return `{\n${hclAttributes(attributes, inner)}${indent}}`
}

/**
 * Attribute lines as `terraform fmt` writes them: the `=` of consecutive one-line attributes is
 * aligned; an attribute whose value spans lines keeps one space and ends the aligned run
 * (hclwrite's format rules, checked by running `terraform fmt -check` in terraform.test.ts).
 */
export function hclAttributes(attributes: [string, string][], indent: string): string {
  const runs: [string, string][][] = [[]]
  for (const attribute of attributes) {
    if (attribute[1].includes('\n')) runs.push([attribute], [])
    else runs[runs.length - 1].push(attribute)
  }
  return runs
    .flatMap((run) => {
      const width = Math.max(0, ...run.map(([key, v]) => (v.includes('\n') ? 0 : key.length)))
      return run.map(([key, v]) => `${indent}${key.padEnd(width)} = ${v}\n`)
    })
    .join('')
}
