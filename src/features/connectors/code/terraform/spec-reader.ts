import { getPath } from '@/catalog/paths'
import type { HclValue } from '@/lib/hcl-string'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A value worth writing: not null or undefined, not an empty string, list or object. */
const present = (v: unknown) =>
  v !== undefined &&
  v !== null &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(isObject(v) && Object.keys(v).length === 0)

/**
 * Reads a connector's spec for a Terraform mapping and remembers every path it read, so what no
 * argument took can be listed in the file rather than dropped without a word.
 */
export class SpecReader {
  private readonly used = new Set<string>()
  /** What the readers of list items left unread, with the item's path in front. */
  private readonly unreadInItems: string[] = []

  constructor(private readonly spec: Json) {}

  private at(path: string): unknown {
    return getPath(this.spec, path)
  }

  /** The raw value at a dotted path, without counting it as written. */
  peek(path: string): unknown {
    return this.at(path)
  }

  /** Counts a path as carried by the file's structure (a discriminator that chose a block). */
  consume(path: string) {
    if (present(this.at(path))) this.used.add(path)
  }

  /** True when the discriminator at `path` is `value`; it then counts as carried. */
  is(path: string, value: string): boolean {
    if (this.at(path) !== value) return false
    this.used.add(path)
    return true
  }

  str(path: string): string | undefined {
    const v = this.at(path)
    if (typeof v === 'number') {
      this.used.add(path)
      return String(v)
    }
    if (typeof v !== 'string' || v === '') return undefined
    this.used.add(path)
    return v
  }

  bool(path: string): boolean | undefined {
    const v = this.at(path)
    if (typeof v !== 'boolean') return undefined
    this.used.add(path)
    return v
  }

  num(path: string): number | undefined {
    const v = this.at(path)
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined
    this.used.add(path)
    return v
  }

  strings(path: string): string[] | undefined {
    const v = this.at(path)
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) {
      return undefined
    }
    this.used.add(path)
    return v
  }

  /** A list of objects, each handed to `map` with a reader of its own; the list counts as read. */
  list<T>(path: string, map: (item: SpecReader) => T): T[] | undefined {
    const v = this.at(path)
    if (!Array.isArray(v) || v.length === 0 || !v.every(isObject)) return undefined
    this.used.add(path)
    return v.map((item, i) => {
      const reader = new SpecReader(item)
      const mapped = map(reader)
      this.unreadInItems.push(...reader.unread().map((p) => `${path}[${i}].${p}`))
      return mapped
    })
  }

  /** A map of strings (`hostAttributes`), as an HCL map. */
  map(path: string): { [key: string]: HclValue } | undefined {
    const v = this.at(path)
    if (!isObject(v) || !present(v) || !Object.values(v).every((x) => typeof x === 'string')) {
      return undefined
    }
    this.used.add(path)
    return v as { [key: string]: string }
  }

  /**
   * Every leaf of the spec that holds a value and that no argument took: dotted paths, list items
   * as `path[i]`.
   */
  unread(): string[] {
    const out: string[] = []
    const walk = (value: unknown, path: string) => {
      if (!present(value)) return
      if (path && this.isUsed(path)) return
      if (isObject(value)) {
        for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key)
      } else if (Array.isArray(value) && value.some(isObject)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`))
      } else out.push(path)
    }
    walk(this.spec, '')
    return [...out, ...this.unreadInItems]
  }

  private isUsed(path: string): boolean {
    for (const u of this.used) {
      if (path === u || path.startsWith(`${u}.`) || path.startsWith(`${u}[`)) return true
    }
    return false
  }
}
