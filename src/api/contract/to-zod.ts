import { z } from '@/lib/zod-mini'

import contract from './harness-contract.json'

/**
 * The Manager's types as zod, built from `harness-contract.json` (which `npm run contract` derives
 * from Harness's own client, `@harnessio/react-ng-manager-v2-client`). Only the JSON Schema subset
 * the generator writes is read: objects, arrays, enums, consts, `$ref`, and `oneOf` with OpenAPI's
 * `discriminator` for a `type` written beside a polymorphic `spec`.
 *
 * Two rules follow the server rather than the `.d.ts` files:
 * - an optional field may be `null`: the Manager writes `null` for absent fields;
 * - a field the type does not declare is dropped, not refused: Jackson ignores unknown properties
 *   on these DTOs ([INF] from the Manager answering 200 to bodies with extra keys, and from the
 *   client's own types sending `connectorType` that the server never echoes back).
 * Zod objects strip unknown keys by default, which is that second rule.
 */

export type ContractName = keyof typeof contract.definitions

interface JsonSchema {
  $ref?: string
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: JsonSchema
  items?: JsonSchema
  enum?: (string | number | boolean)[]
  const?: string | number | boolean
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  discriminator?: { propertyName: string }
}

// Through unknown: the JSON's inferred type for a oneOf of unlike branches (SetupUsageDetail) is
// not comparable to JsonSchema, though every definition is one.
const definitions = contract.definitions as unknown as Record<string, JsonSchema>
const built = new Map<string, z.ZodMiniType>()

function literalOf(values: (string | number | boolean)[]): z.ZodMiniType {
  if (values.every((v) => typeof v === 'string')) return z.enum(values as [string, ...string[]])
  return z.union(values.map((v) => z.literal(v)) as [z.ZodMiniLiteral, ...z.ZodMiniLiteral[]])
}

function objectOf(schema: JsonSchema): z.ZodMiniType {
  const required = new Set(schema.required ?? [])
  const shape: Record<string, z.ZodMiniType> = {}
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const s = toZod(prop)
    shape[key] = required.has(key) ? s : z.optional(z.nullable(s))
  }
  return z.object(shape)
}

function toZod(schema: JsonSchema): z.ZodMiniType {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '')
    return z.lazy(() => contractSchema(name as ContractName))
  }
  if (schema.oneOf && schema.discriminator) {
    const key = schema.discriminator.propertyName
    const branches = schema.oneOf.map(objectOf) as [z.ZodMiniObject, ...z.ZodMiniObject[]]
    const names = schema.oneOf.map((b) => b.properties?.[key]?.const).join(', ')
    return z.discriminatedUnion(key, branches, { error: `must be one of ${names}` })
  }
  if (schema.anyOf) return z.union(schema.anyOf.map(toZod) as [z.ZodMiniType, ...z.ZodMiniType[]])
  if (schema.enum) return literalOf(schema.enum)
  if (schema.const !== undefined) return z.literal(schema.const)
  switch (schema.type) {
    case 'string':
      return z.string()
    case 'number':
      return z.number()
    case 'boolean':
      return z.boolean()
    case 'array':
      return z.array(schema.items ? toZod(schema.items) : z.unknown())
    case 'object':
      if (schema.properties && Object.keys(schema.properties).length) return objectOf(schema)
      return schema.additionalProperties && Object.keys(schema.additionalProperties).length
        ? z.record(z.string(), toZod(schema.additionalProperties))
        : z.record(z.string(), z.unknown())
  }
  return z.unknown()
}

/** The zod schema of one of the client's types, e.g. `contractSchema('GithubConnector')`. */
export function contractSchema(name: ContractName): z.ZodMiniType {
  const cached = built.get(name)
  if (cached) return cached
  const definition = definitions[name]
  if (!definition) throw new Error(`The contract has no type ${name}`)
  const schema = toZod(definition)
  built.set(name, schema)
  return schema
}

/** Every connector type the Manager's `ConnectorInfo` accepts, in the client's order. */
export const contractConnectorTypes = (): string[] =>
  (definitions.ConnectorInfo.oneOf ?? []).map((b) => String(b.properties?.type?.const))
