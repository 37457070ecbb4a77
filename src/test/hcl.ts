import { parse } from '@cdktf/hcl2json'

/**
 * HashiCorp's own HCL parser (hcl2json: the Go HCL library compiled to WebAssembly) as the test
 * oracle for every HCL file the console writes, so the tests need no terraform binary.
 *
 * hcl2json answers in HCL's JSON syntax, where a string is still a template: `$${` and `%%{` stand
 * for a literal `${` and `%{`, while a bare `${` or `%{` is an interpolation or a directive.
 * {@link literal} reads such a string as the value it stands for and throws on an interpolation,
 * so a value the writer failed to escape fails the test instead of reading back equal.
 */
export function literal(template: string): string {
  let out = ''
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]
    if ((ch === '$' || ch === '%') && template[i + 1] === ch && template[i + 2] === '{') {
      out += `${ch}{`
      i += 2
    } else if ((ch === '$' || ch === '%') && template[i + 1] === '{') {
      throw new Error(`not a literal: ${JSON.stringify(template)} has an interpolation at ${i}`)
    } else out += ch
  }
  return out
}

/** Every string in a parsed value read with {@link literal}. */
export function literals(value: unknown): unknown {
  if (typeof value === 'string') return literal(value)
  if (Array.isArray(value)) return value.map(literals)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literals(v)]))
  }
  return value
}

/** Parses HCL text with HashiCorp's parser; blocks come back as arrays of bodies. */
export async function parseHcl(text: string, filename = 'main.tf') {
  return (await parse(filename, text)) as Record<string, unknown>
}
