import { hclAttributes, hclString, hclValue, type HclValue } from '@/lib/hcl-string'

/** A nested block (`credentials { … }`); several with one name are written as an array of them. */
export class HclBlock {
  constructor(readonly body: HclBody) {}
}

/**
 * The body of a block: attributes (strings, numbers, booleans, lists, maps) and nested blocks.
 * Undefined entries are left out, so a mapping can list optional arguments without testing each.
 */
export type HclBody = { [key: string]: HclValue | HclBlock | HclBlock[] | undefined }

export const block = (body: HclBody) => new HclBlock(body)

const isBlocks = (value: unknown): value is HclBlock | HclBlock[] =>
  value instanceof HclBlock || (Array.isArray(value) && value.some((v) => v instanceof HclBlock))

/** A list of strings fits on one line (`["a", "b"]`); anything else goes through hclValue. */
function attributeValue(value: HclValue, indent: string): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return `[${value.map(hclString).join(', ')}]`
  }
  return hclValue(value, indent)
}

/**
 * Writes a body as `terraform fmt` would: its attributes first (aligned `=` in each run), then its
 * blocks, a blank line between the attributes and each block. Every string goes through
 * hclString, so nothing a user typed can open an interpolation or end the literal.
 */
export function writeBody(body: HclBody, indent: string): string {
  const attributes: [string, string][] = []
  const blocks: [string, HclBlock][] = []
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue
    if (isBlocks(value)) {
      for (const b of Array.isArray(value) ? value : [value]) blocks.push([key, b])
    } else {
      attributes.push([key, attributeValue(value, indent)])
    }
  }
  const parts: string[] = []
  if (attributes.length) parts.push(hclAttributes(attributes, indent))
  for (const [name, b] of blocks) parts.push(writeBlock(name, [], b.body, indent))
  return parts.join('\n')
}

/** `name "label" … { body }`, or `name {}` when the body is empty (an `anonymous {}` marker). */
export function writeBlock(name: string, labels: string[], body: HclBody, indent = ''): string {
  const head = [name, ...labels.map(hclString)].join(' ')
  const inner = writeBody(body, `${indent}  `)
  return inner ? `${indent}${head} {\n${inner}${indent}}\n` : `${indent}${head} {}\n`
}

/**
 * What an HCL parser gives back for a body (the HCL-JSON shape of @cdktf/hcl2json: each nested
 * block as an array of bodies), for tests that compare the written text with what was meant.
 */
export function toHclJson(body: HclBody): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue
    if (isBlocks(value)) {
      out[key] = (Array.isArray(value) ? value : [value]).map((b) => toHclJson(b.body))
    } else out[key] = value
  }
  return out
}
