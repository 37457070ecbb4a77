import { CONNECTOR_TYPES } from '@/api/schemas/connector'
import { scopeLevel, type Scope } from '@/api/scope'
import { messages } from '@/catalog/to-zod'

import type { Problem } from './problem'
import type { YamlContext } from './validate-yaml'

const given = (v: unknown) => v !== undefined && v !== null && v !== ''

/** "project cd_platform in org default", "org default", "the account". */
function scopeText(scope: Scope) {
  const level = scopeLevel(scope)
  if (level === 'project') return `project ${scope.projectId} in org ${scope.orgId}`
  if (level === 'org') return `org ${scope.orgId}`
  return 'the account'
}

/** The connector type nearest to a misspelt one (case, or a letter off; two in a long name). */
function nearestType(typed: string): string | undefined {
  const lower = typed.toLowerCase()
  let best: { type: string; d: number } | undefined
  for (const type of CONNECTOR_TYPES) {
    const d = distance(type.toLowerCase(), lower)
    if (d <= (lower.length >= 6 ? 2 : 1) && (!best || d < best.d)) best = { type, d }
  }
  return best?.type
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

function typeProblems(value: Record<string, unknown>, ctx: YamlContext): Problem[] {
  const type = value.type
  if (!given(type))
    return [
      { path: ['type'], message: "Type is required: the Manager's connector type, such as Github" },
    ]
  if (typeof type !== 'string' || !(CONNECTOR_TYPES as readonly string[]).includes(type)) {
    const near = typeof type === 'string' ? nearestType(type) : undefined
    const hint = near
      ? `did you mean ${near}?`
      : `use one of the Manager's ${CONNECTOR_TYPES.length} types, such as Github, K8sCluster or Vault`
    return [{ path: ['type'], message: `${JSON.stringify(type)} is not a connector type: ${hint}` }]
  }
  const form = ctx.provider
  if (!ctx.stored && form?.type && type !== form.type)
    return [
      {
        path: ['type'],
        message: `This is the ${form.label} form: type must be ${form.type}. For ${type}, start a new connector from YAML.`,
      },
    ]
  if (ctx.stored && type !== ctx.stored.type)
    return [
      {
        path: ['type'],
        message: `The type cannot change on edit: this connector is ${ctx.stored.type}. Create a new connector for ${type}.`,
      },
    ]
  return []
}

/** orgIdentifier and projectIdentifier say the scope the page is at, or are absent at account. */
function scopeProblems(value: Record<string, unknown>, scope: Scope): Problem[] {
  const level = scopeLevel(scope)
  const here = `This page is at ${scopeText(scope)}`
  const expected = {
    orgIdentifier: level === 'account' ? undefined : scope.orgId,
    projectIdentifier: level === 'project' ? scope.projectId : undefined,
  }
  return Object.entries(expected).flatMap(([key, want]): Problem[] => {
    const got = value[key]
    if (!want)
      return given(got)
        ? [{ path: [key], key: true, message: `${here}: remove ${key}, a connector here has none` }]
        : []
    if (!given(got)) return [{ path: [key], message: `${here}: add ${key}: ${want}` }]
    return got === want ? [] : [{ path: [key], message: `${here}: ${key} must be ${want}` }]
  })
}

/**
 * The rules that say which connector this is: name, identifier and a known type present; on an
 * edit the stored type and identifier kept; org and project those of the scope. `fatal` when the
 * type is missing or wrong: the form's and the contract's checks depend on it.
 */
export function identityProblems(
  value: Record<string, unknown>,
  ctx: YamlContext,
): { problems: Problem[]; fatal: boolean } {
  const problems: Problem[] = []
  if (!given(value.name)) problems.push({ path: ['name'], message: messages.required('Name') })
  if (!given(value.identifier))
    problems.push({ path: ['identifier'], message: messages.required('Identifier') })
  else if (ctx.stored && value.identifier !== ctx.stored.identifier)
    problems.push({
      path: ['identifier'],
      message: `The identifier cannot change on edit: it stays ${ctx.stored.identifier}`,
    })
  const types = typeProblems(value, ctx)
  problems.push(...types, ...scopeProblems(value, ctx.scope))
  return { problems, fatal: types.length > 0 }
}
