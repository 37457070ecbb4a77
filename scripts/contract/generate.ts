/**
 * Derives the Manager contract from Harness's own generated client, so it is regenerated, never
 * hand-copied:
 *
 *   npm run contract            # writes src/api/contract/harness-contract.json
 *   npm run contract -- --check # exits 1 when the committed file is not what the client gives
 *
 * Input: the `.d.ts` files of `@harnessio/react-ng-manager-v2-client` (OATS output of the
 * ng-manager OpenAPI). Output: JSON Schema (draft-07 `definitions`) for the roots below and every
 * type they reach. The `.d.ts` lose one thing the API has: which subtype a polymorphic field takes.
 * Jackson picks it from a `type` written *beside* the field (`{ type: 'Http', spec: {...} }`); the
 * generated types only say `spec: GithubCredentials` (an open map) and that `GithubHttpCredentials
 * extends GithubCredentials`. This script puts that back as a `oneOf` over the parent object, one
 * branch per `type` value, marked with OpenAPI's `discriminator` keyword. Which subtype each value
 * names is matched by name; `SUBTYPE_OVERRIDES` holds the ones names do not tell, and the script
 * fails on any value it cannot place, so a new client version cannot drift in silently.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import ts from 'typescript'

import { ROOTS, SUBTYPE_OVERRIDES, SERVER_WRITES_BESIDE, TYPED_INSIDE } from './config.ts'

const require = createRequire(import.meta.url)
const clientEntry = require.resolve('@harnessio/react-ng-manager-v2-client')
const schemasDir = join(dirname(clientEntry), 'services', 'schemas')
const clientVersion = (
  JSON.parse(readFileSync(join(dirname(clientEntry), '../../../package.json'), 'utf8')) as {
    version: string
  }
).version
const outFile = fileURLToPath(
  new URL('../../src/api/contract/harness-contract.json', import.meta.url),
)

type Schema = Record<string, unknown>
interface Iface {
  name: string
  bases: string[]
  props: Map<string, { type: ts.TypeNode; optional: boolean }>
  indexValue?: ts.TypeNode
}

const parsed = new Map<string, Iface>()

/** Reads one schema file; every file in the client's `schemas/` exports one interface or type. */
function load(name: string): Iface {
  const cached = parsed.get(name)
  if (cached) return cached
  const text = readFileSync(join(schemasDir, `${name}.d.ts`), 'utf8')
  const file = ts.createSourceFile(`${name}.d.ts`, text, ts.ScriptTarget.Latest, true)
  let found: Iface | undefined
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
      const props = new Map<string, { type: ts.TypeNode; optional: boolean }>()
      let indexValue: ts.TypeNode | undefined
      for (const m of node.members) {
        if (ts.isPropertySignature(m) && m.type)
          props.set(m.name.getText(file).replace(/^'|'$/g, ''), {
            type: m.type,
            optional: Boolean(m.questionToken),
          })
        if (ts.isIndexSignatureDeclaration(m)) indexValue = m.type
      }
      const bases = (node.heritageClauses ?? []).flatMap((h) =>
        h.types.map((t) => t.expression.getText(file)),
      )
      found = { name, bases, props, indexValue }
    }
    if (ts.isTypeAliasDeclaration(node) && node.name.text === name) {
      found = { name, bases: [], props: new Map(), indexValue: undefined }
      aliases.set(name, node.type)
    }
  })
  if (!found) throw new Error(`${name}.d.ts declares no ${name}`)
  parsed.set(name, found)
  return found
}
const aliases = new Map<string, ts.TypeNode>()

/** Every interface that names `base` in its `extends` (read once from all schema files). */
const subtypesOf = (() => {
  const index = new Map<string, string[]>()
  const files = ts.sys.readDirectory(schemasDir, ['.d.ts'])
  for (const path of files) {
    const text = readFileSync(path, 'utf8')
    const m = /export interface (\w+) extends ([\w, ]+) \{/.exec(text)
    if (!m) continue
    for (const base of m[2].split(',').map((s) => s.trim()))
      index.set(base, [...(index.get(base) ?? []), m[1]])
  }
  return (base: string) => index.get(base) ?? []
})()

const definitions: Record<string, Schema> = {}
const queue: string[] = []
const ref = (name: string): Schema => {
  if (!(name in definitions) && !queue.includes(name)) queue.push(name)
  return { $ref: `#/definitions/${name}` }
}

function literalValue(node: ts.TypeNode): string | number | boolean | undefined {
  if (!ts.isLiteralTypeNode(node)) return undefined
  const lit = node.literal
  if (ts.isStringLiteral(lit)) return lit.text
  if (ts.isNumericLiteral(lit)) return Number(lit.text)
  if (lit.kind === ts.SyntaxKind.TrueKeyword) return true
  if (lit.kind === ts.SyntaxKind.FalseKeyword) return false
  return undefined
}

function typeSchema(node: ts.TypeNode): Schema {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' }
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' }
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' }
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return {}
  }
  if (ts.isUnionTypeNode(node)) {
    const values = node.types.map(literalValue)
    if (values.every((v) => v !== undefined)) return { enum: values }
    return { anyOf: node.types.map(typeSchema) }
  }
  const lit = literalValue(node)
  if (lit !== undefined) return { const: lit }
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeSchema(node.elementType) }
  if (ts.isParenthesizedTypeNode(node)) return typeSchema(node.type)
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText()
    if (name === 'Array' && node.typeArguments?.length === 1)
      return { type: 'array', items: typeSchema(node.typeArguments[0]) }
    return ref(name)
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration)
    const props = node.members.filter(ts.isPropertySignature)
    if (index && !props.length)
      return { type: 'object', additionalProperties: typeSchema(index.type) }
    return objectSchema(
      new Map(props.map((p) => [p.name.getText(), { type: p.type!, optional: !!p.questionToken }])),
    )
  }
  throw new Error(`Unsupported type node: ${ts.SyntaxKind[node.kind]} (${node.getText()})`)
}

function objectSchema(props: Iface['props'], indexValue?: ts.TypeNode): Schema {
  const properties: Record<string, Schema> = {}
  const required: string[] = []
  for (const [key, { type, optional }] of props) {
    properties[key] = typeSchema(type)
    if (!optional) required.push(key)
  }
  const schema: Schema = { type: 'object', properties }
  if (required.length) schema.required = required
  if (indexValue) schema.additionalProperties = typeSchema(indexValue)
  return schema
}

/** The interface's own and inherited properties, less what the server writes beside it. */
function allProps(iface: Iface): Iface['props'] {
  const merged: Iface['props'] = new Map()
  for (const base of iface.bases) {
    for (const [k, v] of allProps(load(base)))
      if (!SERVER_WRITES_BESIDE[base]?.includes(k)) merged.set(k, v)
  }
  for (const [k, v] of iface.props) merged.set(k, v)
  return merged
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')

/** The subtype of `base` that `value` names; `null` for a value that carries no spec. */
function subtypeFor(parent: string, field: string, base: string, value: string): string | null {
  const override = SUBTYPE_OVERRIDES[`${base}.${value}`]
  if (override !== undefined) return override
  const subs = subtypesOf(base)
  const v = norm(value)
  const named = subs.filter((s) => norm(s).includes(v))
  if (named.length === 1) return named[0]
  const shortest = [...named].sort((a, b) => a.length - b.length)
  if (named.length > 1 && shortest[0].length < shortest[1].length) return shortest[0]
  problems.push(
    `${parent}.${field}: no subtype of ${base} for type "${value}" (candidates: ${subs.join(', ') || 'none'}); ` +
      `add "${base}.${value}" to SUBTYPE_OVERRIDES in scripts/contract/config.ts`,
  )
  return null
}
const problems: string[] = []

/** A polymorphic base: an open map that other interfaces extend. */
const isPolymorphic = (name: string) => {
  if (name === 'Array') return false
  const iface = load(name)
  return subtypesOf(name).length > 0 && (iface.indexValue !== undefined || iface.props.size <= 1)
}

/** A TYPED_INSIDE base: one branch per subtype, its `type` the subtype's name. */
function typedInsideSchema(base: string): Schema {
  const branches = subtypesOf(base).map((sub) => {
    const branch = objectSchema(allProps(load(sub))) as {
      properties: Record<string, Schema>
      required?: string[]
    }
    branch.properties.type = { const: sub }
    branch.required = [...new Set([...(branch.required ?? []), 'type'])]
    return branch
  })
  return { oneOf: branches, discriminator: { propertyName: 'type' } }
}

function interfaceSchema(iface: Iface): Schema {
  if (aliases.has(iface.name)) return typeSchema(aliases.get(iface.name)!)
  if (TYPED_INSIDE.includes(iface.name)) return typedInsideSchema(iface.name)
  const props = allProps(iface)
  const disc = props.get('type')
  const values = disc && ts.isUnionTypeNode(disc.type) ? disc.type.types.map(literalValue) : []
  const single = disc ? literalValue(disc.type) : undefined
  const typeValues = (single !== undefined ? [single] : values).filter(
    (v): v is string => typeof v === 'string',
  )
  const polyField = [...props].find(
    ([, p]) => ts.isTypeReferenceNode(p.type) && isPolymorphic(p.type.typeName.getText()),
  )
  if (!polyField || !typeValues.length) return objectSchema(props, iface.indexValue)
  const [field, fieldProp] = polyField
  const base = (fieldProp.type as ts.TypeReferenceNode).typeName.getText()
  const branches = typeValues.map((value) => {
    const sub = subtypeFor(iface.name, field, base, value)
    const rest = new Map([...props].filter(([k]) => k !== field))
    const branch = objectSchema(rest, iface.indexValue) as {
      properties: Record<string, Schema>
      required?: string[]
    }
    // Jackson needs the name to pick the subtype, so in a branch it is required even where the
    // generated type marks it optional.
    branch.properties.type = { const: value }
    branch.required = [...new Set([...(branch.required ?? []), 'type'])]
    if (sub !== null) {
      branch.properties[field] = ref(sub)
      if (!fieldProp.optional) branch.required = [...(branch.required ?? []), field]
    }
    return branch
  })
  return { oneOf: branches, discriminator: { propertyName: 'type' } }
}

for (const root of ROOTS) ref(root)
while (queue.length) {
  const name = queue.shift()!
  const iface = load(name)
  definitions[name] = {}
  const schema = interfaceSchema(iface)
  // An open base reached only as itself (no parent names its subtype) stays an open map.
  definitions[name] =
    isPolymorphic(name) && !iface.props.size ? { type: 'object', additionalProperties: {} } : schema
}

if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}

const sorted = Object.fromEntries(
  Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)),
)
const contract = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $comment: `Generated by scripts/contract/generate.ts from @harnessio/react-ng-manager-v2-client@${clientVersion}. Do not edit: run npm run contract.`,
  definitions: sorted,
}
const text = `${JSON.stringify(contract, null, 1)}\n`
if (process.argv.includes('--check')) {
  const current = readFileSync(outFile, 'utf8')
  if (current !== text) {
    console.error('src/api/contract/harness-contract.json is out of date: run npm run contract')
    process.exit(1)
  }
  console.log(`contract up to date (${Object.keys(sorted).length} definitions)`)
} else {
  writeFileSync(outFile, text)
  console.log(`wrote ${Object.keys(sorted).length} definitions to ${outFile}`)
}
