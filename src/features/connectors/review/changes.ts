import { diffLines } from 'diff'

import type { ConnectorInfo } from '@/api/schemas/connector'

import { connectorDocument, connectorYaml } from '../code/yaml'

/**
 * What a save changes, for the review before it: field by field, as YAML lines, and, when the
 * connector changed on the server meanwhile, a three-way merge of the two edits.
 *
 * Values are compared as the YAML shows them (`connectorDocument`: no account, no empty values),
 * so a `null` the Manager wrote and a key the console left out are the same. Objects are walked
 * to their leaves; an array is one value (a delegate selector list changes as a whole). Paths
 * are arrays of keys, since a tag's key may itself hold a dot.
 */

export type Path = readonly string[]

export interface FieldChange {
  path: Path
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

type Leaves = Map<string, { path: Path; value: unknown }>

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function leaves(value: unknown, path: Path = [], into: Leaves = new Map()): Leaves {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, v] of Object.entries(value)) {
      // The Manager writes null for what is not set; that is the same as absent.
      if (v === null || v === undefined) continue
      leaves(v, [...path, key], into)
    }
  } else if (path.length) into.set(JSON.stringify(path), { path, value })
  return into
}

const document = (info: ConnectorInfo | null) =>
  info ? connectorDocument(info).connector : ({} as Record<string, unknown>)

/** Key order is not a difference: the Manager keeps an object's keys in its own order. */
const stable = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stable)
    : isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, stable(v[k])]),
        )
      : v
const same = (a: unknown, b: unknown) => JSON.stringify(stable(a)) === JSON.stringify(stable(b))

/** Every leaf that differs between two connectors, in the order of the newer one's keys. */
export function fieldChanges(before: ConnectorInfo | null, after: ConnectorInfo): FieldChange[] {
  const a = leaves(document(before))
  const b = leaves(document(after))
  const changes: FieldChange[] = []
  for (const [key, { path, value }] of b) {
    const old = a.get(key)
    if (!old) changes.push({ path, kind: 'added', after: value })
    else if (!same(old.value, value))
      changes.push({ path, kind: 'changed', before: old.value, after: value })
  }
  for (const [key, { path, value }] of a)
    if (!b.has(key)) changes.push({ path, kind: 'removed', before: value })
  return changes
}

/** True when the two describe the same connector (as far as its YAML shows). */
export function sameConnector(a: ConnectorInfo, b: ConnectorInfo): boolean {
  return fieldChanges(a, b).length === 0
}

export interface DiffLine {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** The YAML of both, line by line (jsdiff's line diff). */
export function yamlDiff(before: ConnectorInfo | null, after: ConnectorInfo): DiffLine[] {
  const parts = diffLines(before ? connectorYaml(before) : '', connectorYaml(after))
  return parts.flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same'
    return part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }))
  })
}

export interface Conflict {
  path: Path
  mine: unknown
  theirs: unknown
}

/**
 * Both edits of `base` in one: a leaf only one side changed takes that side's value; a leaf both
 * changed alike is kept; a leaf both changed differently is a conflict, and takes `mine` (the
 * admin is saving it, and sees the conflict listed before confirming).
 */
export function mergeEdits(
  base: ConnectorInfo,
  mine: ConnectorInfo,
  theirs: ConnectorInfo,
): { merged: ConnectorInfo; conflicts: Conflict[] } {
  const b = leaves(document(base))
  const m = leaves(document(mine))
  const t = leaves(document(theirs))
  // In the server's order first, so the merged YAML differs from theirs only where it must.
  const keys = new Set([...t.keys(), ...m.keys(), ...b.keys()])
  const out: Record<string, unknown> = {}
  const conflicts: Conflict[] = []
  for (const key of keys) {
    const path = (m.get(key) ?? t.get(key) ?? b.get(key))!.path
    const [bv, mv, tv] = [b.get(key)?.value, m.get(key)?.value, t.get(key)?.value]
    let value: unknown
    if (same(mv, bv)) value = tv
    else if (same(tv, bv) || same(mv, tv)) value = mv
    else {
      conflicts.push({ path, mine: mv, theirs: tv })
      value = mv
    }
    if (value !== undefined) setLeaf(out, path, value)
  }
  // Keep what the document leaves out (the account) from the server's copy.
  const merged = { ...theirs, ...out, spec: (out.spec as Record<string, unknown>) ?? {} }
  for (const key of ['description', 'tags', 'orgIdentifier', 'projectIdentifier'] as const)
    if (!(key in out)) delete merged[key]
  return { merged: merged, conflicts }
}

function setLeaf(target: Record<string, unknown>, path: Path, value: unknown) {
  let node = target
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path[path.length - 1]] = structuredClone(value)
}

/** A path as people read it: `spec.authentication.type`, `tags["team.name"]`. */
export function pathLabel(path: Path): string {
  return path
    .map((key, i) =>
      /^[A-Za-z_$][\w$]*$/.test(key) ? (i ? `.${key}` : key) : `[${JSON.stringify(key)}]`,
    )
    .join('')
}
