import { z } from '@/lib/zod'

import { IDENTIFIER_PATTERN } from '@/api/schemas/common'

import { getProvider } from './index'
import { methodsOf, type Provider, type ProviderField, type ProviderValues } from './types'

/**
 * Builds the one zod schema per provider that the form, the mock handler and the catalog test
 * share (STYLE §2, principle 5): a discriminated union on `authMethod`.
 */

/** [SRC] SecretRefData: `account.x`, `org.x` or bare `x` (same project); never `project.x`. */
export const SECRET_REF_PATTERN = /^(account\.|org\.)?[a-zA-Z_][0-9a-zA-Z_$]*$/
/** [SRC] ConnectorResource.create refuses this identifier. */
export const RESERVED_IDENTIFIER = 'harnessSecretManager'
const TAG_PATTERN = /^[^:\s][^:]*(:.*)?$/
const HOST_PATTERN =
  /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/

export const messages = {
  url: 'Enter a URL starting with https:// or http://',
  host: 'Enter a host name or IP address without scheme, port or path (e.g. ldap.example.com)',
  port: 'Enter a port number between 1 and 65535',
  wholeNumber: 'Enter a whole number',
  secretRef:
    'Enter a secret reference: account.<id>, org.<id>, or <id> for a secret in this project',
  projectRef: 'Project secrets take no prefix: write <id> instead of project.<id>',
  identifier:
    'Start with a letter or _, then use only letters, digits, _ or $ (128 characters at most)',
  reservedIdentifier: `"${RESERVED_IDENTIFIER}" is reserved by Harness; choose another identifier`,
  tag: 'Enter each tag as key:value or key',
  emptyItem: 'Remove empty entries',
  required: (label: string) => `${label} is required`,
  secretRequired: (label: string) => `Choose a secret for ${label}`,
  listRequired: (label: string) => `Add at least one entry to ${label}`,
  keyRequired: (item: string) => `Enter the ${item} name`,
  duplicateKey: (item: string, key: string) =>
    `Each ${item} name can appear only once: "${key}" is already used`,
  plainValueRequired: (item: string) =>
    `Enter a value for this ${item}, or mark it as a secret to pick one`,
  encryptedRefRequired: (item: string) => `Choose the secret that holds this ${item}'s value`,
  option: (label: string, labels: string[]) => `Choose a ${label}: ${labels.join(', ')}`,
  range: (min?: number, max?: number) =>
    `Enter a number${min !== undefined ? ` from ${min}` : ''}${max !== undefined ? ` up to ${max}` : ''}`,
  selectorsNeeded:
    'Add a delegate selector: this credential is inherited from the delegate that runs the task',
  platformInherit: 'Credentials inherited from a delegate need the delegate connectivity mode',
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    return new URL(value).hostname.length > 0
  } catch {
    return false
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === ''
const optionalString = (s: z.ZodType<string>) => z.union([z.literal(''), s]).optional()

function stringSchema(field: ProviderField, rule: (s: z.ZodString) => z.ZodType<string>) {
  const base = z.string({ error: messages.required(field.label) })
  if (!field.required) return optionalString(rule(base))
  const message = field.kind === 'secret' ? messages.secretRequired : messages.required
  return rule(base.trim().min(1, message(field.label)))
}

function numberSchema(field: ProviderField) {
  const isPort = field.kind === 'port'
  const min = isPort ? 1 : field.min
  const max = isPort ? 65535 : field.max
  const range = isPort ? messages.port : messages.range(min, max)
  let n = z
    .number({ error: isPort ? messages.port : messages.wholeNumber })
    .int(messages.wholeNumber)
  if (min !== undefined) n = n.min(min, range)
  if (max !== undefined) n = n.max(max, range)
  // Form inputs hold strings; '' means "not set".
  const coerce = (v: unknown) =>
    isEmpty(v) ? undefined : typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  return z.preprocess(
    coerce,
    field.required ? z.number({ error: messages.required(field.label) }).pipe(n) : n.optional(),
  )
}

function secretRule(s: z.ZodString) {
  return s
    .refine((v) => !v.startsWith('project.'), messages.projectRef)
    .refine((v) => v.startsWith('project.') || SECRET_REF_PATTERN.test(v), messages.secretRef)
}

/** The zod schema for one catalog field, by kind. */
export function fieldSchema(field: ProviderField): z.ZodType {
  const pattern = (s: z.ZodString) =>
    field.pattern ? s.regex(field.pattern, field.patternMessage ?? `Check ${field.label}`) : s
  switch (field.kind) {
    case 'url':
      return stringSchema(field, (s) => s.refine(isHttpUrl, messages.url))
    case 'host':
      return stringSchema(field, (s) => s.regex(HOST_PATTERN, messages.host))
    case 'secret':
      return stringSchema(field, secretRule)
    case 'text':
    case 'multiline':
      return stringSchema(field, pattern)
    case 'port':
    case 'number':
      return numberSchema(field)
    case 'boolean':
      return field.required ? z.boolean() : z.boolean().optional()
    case 'select': {
      const options = field.options ?? []
      const values = options.map((o) => o.value)
      // An optional select also takes '' ("None"); one enum keeps the specific message (a union
      // of '' and the enum would only say "Invalid input").
      const e = z.enum((field.required ? values : ['', ...values]) as [string, ...string[]], {
        error: messages.option(
          field.label,
          options.map((o) => o.label),
        ),
      })
      return field.required ? e : e.optional()
    }
    case 'list': {
      const items = z.array(pattern(z.string().trim().min(1, messages.emptyItem)))
      return field.required ? items.min(1, messages.listRequired(field.label)) : items.optional()
    }
    case 'keyValues':
      return keyValuesSchema(field)
  }
}

/**
 * `keyValues` rows: a key (unique, trimmed, the field's pattern), then either a plain value or a
 * secret ref, by `encrypted`. Every row is checked in one pass, so all problems show at once, each
 * on the row's own input (`[name, i, 'key' | 'value' | 'secretRef']`).
 */
function keyValuesSchema(field: ProviderField) {
  const item = field.itemLabel ?? 'entry'
  const row = z.object({
    key: z.string().trim(),
    value: z.string(),
    encrypted: z.boolean(),
    secretRef: z.string().trim(),
  })
  const ref = secretRule(z.string().min(1, messages.encryptedRefRequired(item)))
  const norm = (k: string) => (field.keysIgnoreCase ? k.toLowerCase() : k)
  const rows = z.array(row).superRefine((list, ctx) => {
    const issue = (i: number, input: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [i, input], message })
    const seen = new Set<string>()
    list.forEach((r, i) => {
      if (!r.key) issue(i, 'key', messages.keyRequired(item))
      else if (field.pattern && !field.pattern.test(r.key))
        issue(i, 'key', field.patternMessage ?? `Check ${field.label}`)
      else if (seen.has(norm(r.key))) issue(i, 'key', messages.duplicateKey(item, r.key))
      seen.add(norm(r.key))
      if (!r.encrypted && r.value === '') issue(i, 'value', messages.plainValueRequired(item))
      const checked = r.encrypted ? ref.safeParse(r.secretRef) : undefined
      if (checked?.error) issue(i, 'secretRef', checked.error.issues[0].message)
    })
  })
  return field.required ? rows.min(1, messages.listRequired(field.label)) : rows.optional()
}

function commonShape(provider: Provider) {
  const modes = (provider.connectivityModes ?? ['delegate']) as [string, ...string[]]
  return {
    name: z
      .string({ error: messages.required('Name') })
      .trim()
      .min(1, messages.required('Name'))
      .max(128, 'Name must be 128 characters or fewer'),
    identifier: z
      .string({ error: messages.required('Identifier') })
      // Empty is "required", not the format rule: the rule is for what was typed.
      .min(1, messages.required('Identifier'))
      .regex(IDENTIFIER_PATTERN, messages.identifier)
      .refine((v) => v !== RESERVED_IDENTIFIER, messages.reservedIdentifier),
    description: z.string().max(1024, 'Description must be 1024 characters or fewer').optional(),
    tags: z.array(z.string().trim().regex(TAG_PATTERN, messages.tag)),
    delegateSelectors: z.array(z.string().trim().min(1, messages.emptyItem)),
    connectivityMode: z.enum(modes),
  }
}

const shapeOf = (fields: ProviderField[]) =>
  Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)]))

function buildSchema(provider: Provider): z.ZodType<ProviderValues> {
  const methods = methodsOf(provider)
  const common = { ...commonShape(provider), ...shapeOf(provider.fields) }
  const branches = methods.map((m) =>
    z.object({ ...common, ...shapeOf(m.fields), authMethod: z.literal(m.id) }),
  )
  const union = z.discriminatedUnion('authMethod', branches as [(typeof branches)[0]])
  return union.superRefine((values, ctx) => {
    const method = methods.find((m) => m.id === values.authMethod)
    const fields = [...provider.fields, ...(method?.fields ?? [])]
    const filled = (name: string) => {
      const v = (values as Record<string, unknown>)[name]
      return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)
    }
    for (const field of fields) {
      if (!field.requires || !filled(field.name) || filled(field.requires)) continue
      const other = fields.find((f) => f.name === field.requires)
      ctx.addIssue({
        code: 'custom',
        path: [field.requires],
        message: `Enter the ${other?.label ?? field.requires} to use the ${field.label}`,
      })
    }
    if (!method?.requiresDelegateSelectors) return
    if (values.connectivityMode === 'platform') {
      ctx.addIssue({
        code: 'custom',
        path: ['connectivityMode'],
        message: messages.platformInherit,
      })
    } else if (values.delegateSelectors.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['delegateSelectors'],
        message: messages.selectorsNeeded,
      })
    }
  }) as unknown as z.ZodType<ProviderValues>
}

const cache = new Map<string, z.ZodType<ProviderValues>>()

/** The memoized form/mock schema for a catalog provider. Throws for an unknown id. */
export function providerSchema(id: string): z.ZodType<ProviderValues> {
  let schema = cache.get(id)
  if (!schema) {
    schema = buildSchema(getProvider(id))
    cache.set(id, schema)
  }
  return schema
}
