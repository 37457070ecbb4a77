import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
} from 'yaml'

/** A place in the YAML text: offsets (UTF-16, as CodeMirror counts them) and its 1-based line. */
export interface Span {
  from: number
  to: number
  line: number
}

/** Where a path lands: the node itself, or the nearest key above it when it is missing. */
export interface Located extends Span {
  /** The part of the path that exists in the text (dot-joined). */
  found: string
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key
}

/** The pair of a mapping whose key is `key` (keys compare as strings, so `1:` is found as "1"). */
export function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined
  return node.items.find((p) => isPair(p) && String(keyOf(p)) === key)
}

/** The span of a node: its value only, without the comment or line break that follow it. */
export function spanOf(node: Node, lines: LineCounter): Span {
  const [from, valueEnd] = node.range ?? [0, 0, 0]
  return { from, to: Math.max(valueEnd, from), line: lines.linePos(from).line }
}

/**
 * The node at `path` under `root` (a mapping), or, when part of the path is missing, the key of the
 * deepest pair that exists. A key with no value (`url:`) is the key itself. `base` is where the
 * root sits when nothing at all matches (the `connector:` key).
 */
export function locate(
  root: unknown,
  path: readonly (string | number)[],
  base: Span,
  lines: LineCounter,
): Located {
  let current: unknown = root
  // The key whose value `current` is: where a missing child is pointed at.
  let parentKey: Located = { ...base, found: '' }
  let best = parentKey
  const walked: string[] = []
  for (const segment of path) {
    if (isSeq(current)) {
      const item = current.items[Number(segment)]
      if (!isNode(item)) return parentKey
      walked.push(String(segment))
      best = parentKey = { ...spanOf(item, lines), found: walked.join('.') }
      current = item
      continue
    }
    const pair = pairOf(current, String(segment))
    if (!pair) return parentKey
    walked.push(String(segment))
    const found = walked.join('.')
    const value = isNode(pair.value) && pair.value.range ? pair.value : undefined
    parentKey = isNode(pair.key) ? { ...spanOf(pair.key, lines), found } : best
    // A missing or empty value (`url:` or `url: null`) is pointed at through its key.
    const empty = !value || (isScalar(value) && value.value === null)
    best = empty ? parentKey : { ...spanOf(value, lines), found }
    current = pair.value
  }
  return best
}

/** The key of the pair at `path` (for "remove this key" messages), else what `locate` finds. */
export function locateKey(
  root: unknown,
  path: readonly string[],
  base: Span,
  lines: LineCounter,
): Located {
  const parent = path.length > 1 ? locateNode(root, path.slice(0, -1)) : root
  const pair = pairOf(parent, path[path.length - 1])
  if (pair && isNode(pair.key)) return { ...spanOf(pair.key, lines), found: path.join('.') }
  return locate(root, path, base, lines)
}

function locateNode(root: unknown, path: readonly string[]): unknown {
  let current: unknown = root
  for (const segment of path) {
    if (isSeq(current)) current = current.items[Number(segment)]
    else current = pairOf(current, segment)?.value
  }
  return current
}
