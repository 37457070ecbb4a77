import type { ApiConstant, ApiConstants } from './types'

/** Dot-path helpers over the plain JSON objects of a connector `spec`. */

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

export function getPath(obj: unknown, path: string): unknown {
  let current: unknown = obj
  for (const key of path.split('.')) {
    if (!isObject(current)) return undefined
    current = current[key]
  }
  return current
}

export function setPath(obj: Json, path: string, value: unknown): void {
  const keys = path.split('.')
  let current = obj
  for (const key of keys.slice(0, -1)) {
    if (!isObject(current[key])) current[key] = {}
    current = current[key] as Json
  }
  current[keys[keys.length - 1]] = value
}

const clone = (v: ApiConstant): unknown => structuredClone(v)

export function applyConstants(obj: Json, constants: ApiConstants | undefined): void {
  for (const [path, value] of Object.entries(constants ?? {})) setPath(obj, path, clone(value))
}

/** Whether every constant is present, equal, at its path (used to recognise an auth method). */
export function matchesConstants(obj: unknown, constants: ApiConstants | undefined): boolean {
  return Object.entries(constants ?? {}).every(
    ([path, value]) => JSON.stringify(getPath(obj, path)) === JSON.stringify(value),
  )
}

/** Removes the value at `path` and every object that removal leaves empty on the way up. */
export function deletePath(obj: Json, path: string): void {
  const keys = path.split('.')
  const trail: Json[] = [obj]
  for (const key of keys.slice(0, -1)) {
    const next = trail[trail.length - 1][key]
    if (!isObject(next)) return
    trail.push(next)
  }
  delete trail[trail.length - 1][keys[keys.length - 1]]
  for (let i = trail.length - 1; i > 0; i--) {
    if (Object.keys(trail[i]).length) break
    delete trail[i - 1][keys[i - 1]]
  }
}
