import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Document,
} from 'yaml'

import { checkContract } from '@/api/contract/validate'
import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { providerForType } from '@/catalog'
import type { Provider } from '@/catalog/types'

import { contractProblems, mergeProblems } from './contract-rules'
import { formProblems } from './form-rules'
import { identityProblems } from './identity-rules'
import type { Problem } from './problem'
import { locate, locateKey, pairOf, spanOf, type Span } from './yaml-nodes'

/** One problem, on the YAML node it is about (or the nearest key above it when that is missing). */
export interface YamlDiagnostic extends Span {
  message: string
  /** Dot path in the document (`connector.spec.url`); empty for syntax and shape problems. */
  path: string
  severity: 'error' | 'warning'
}

export interface YamlContext {
  /** Where the connector is created or edited: its org and project must say the same. */
  scope: Scope
  /** Editing: the stored connector, whose type and identifier cannot change. */
  stored?: ConnectorInfo
  /**
   * The wizard's provider: its form's messages (a variant such as OpenShift has its own), and on
   * create the type it is for. Without it the provider is the type's (Start from YAML).
   */
  provider?: Provider
}

export interface YamlResult {
  diagnostics: YamlDiagnostic[]
  /** The connector as the Manager would keep it: only when there is no error. */
  info?: ConnectorInfo
}

/** What a document check knows beyond its diagnostics: the bundle check reads the identifier. */
interface Checked extends YamlResult {
  connector?: { node: unknown; base: Span; value: Record<string, unknown> }
}

/**
 * Checks a `connector:` document as it is typed: YAML syntax, the document's shape and identity
 * (type, identifier, scope), the messages the form gives for the same values, then the Manager's
 * own types (`ConnectorInfo` of Harness's client). Each diagnostic is located in the text.
 */
export function validateConnectorYaml(text: string, ctx: YamlContext): YamlResult {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const { diagnostics, info } = checkDocument(doc, lines, ctx)
  return { diagnostics, info }
}

export interface BundleResult extends YamlResult {
  index: number
  /** The 1-based line the document starts on; its diagnostics carry lines of the whole stream. */
  line: number
}

/**
 * Each document of a YAML stream checked as above for create-or-update at `scope` (no stored
 * connector), and no identifier twice at one scope: the second one is the error.
 */
export function validateConnectorBundle(text: string, scope: Scope): BundleResult[] {
  const lines = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false })
  const seen = new Map<string, number>()
  return (
    docs
      // A stream may end with `---` or hold a comment alone: no document to check.
      .filter((doc) => doc.errors.length || !(doc.contents === null || isEmptyScalar(doc.contents)))
      .map((doc, index) => {
        const { diagnostics, info, connector } = checkDocument(doc, lines, { scope })
        const line = lines.linePos(doc.range[0]).line
        const id = connector?.value.identifier
        if (connector && typeof id === 'string') {
          const { orgIdentifier: org, projectIdentifier: project } = connector.value
          const key = JSON.stringify([org || '', project || '', id])
          const first = seen.get(key)
          if (first === undefined) seen.set(key, index)
          else {
            const at = locate(connector.node, ['identifier'], connector.base, lines)
            const message = `Identifier ${id} is already in document ${first + 1} of this bundle`
            const duplicate = {
              ...at,
              message,
              path: 'connector.identifier',
              severity: 'error' as const,
            }
            return {
              index,
              line,
              diagnostics: [...diagnostics, duplicate].sort((a, b) => a.from - b.from),
            }
          }
        }
        return { index, line, diagnostics, info }
      })
  )
}

const isEmptyScalar = (node: unknown) => isScalar(node) && node.value === null

function checkDocument(doc: Document.Parsed, lines: LineCounter, ctx: YamlContext): Checked {
  const syntax = doc.errors.map((e) => ({
    from: e.pos[0],
    to: Math.max(e.pos[1], e.pos[0]),
    line: lines.linePos(e.pos[0]).line,
    message: e.message.split('\n')[0],
    path: '',
    severity: 'error' as const,
  }))
  if (syntax.length) return { diagnostics: syntax }
  const start = { from: doc.range[0], to: doc.range[0], line: lines.linePos(doc.range[0]).line }
  const shape = shapeOf(doc, start, lines)
  if ('diagnostic' in shape) return { diagnostics: [shape.diagnostic] }
  const { node, base } = shape
  const value = (doc.toJS() as { connector: Record<string, unknown> }).connector
  const connector = { node, base, value }

  const put = (p: Problem): YamlDiagnostic => {
    const at = p.key
      ? locateKey(node, p.path as string[], base, lines)
      : locate(node, p.path, base, lines)
    const severity = p.warning ? ('warning' as const) : ('error' as const)
    return {
      from: at.from,
      to: at.to,
      line: at.line,
      message: p.message,
      path: ['connector', ...p.path].join('.'),
      severity,
    }
  }
  const identity = identityProblems(value, ctx)
  if (identity.fatal) return { diagnostics: identity.problems.map(put), connector }
  const provider =
    ctx.provider?.type === value.type
      ? ctx.provider
      : providerForType(value.type as ConnectorInfo['type'])
  const problems = mergeProblems(
    [...identity.problems, ...formProblems(provider, value)],
    contractProblems(value),
  )
  const diagnostics = dedupe(problems.map(put))
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, connector }
  const kept = checkContract<ConnectorInfo>('ConnectorInfo', value)
  const info = kept.success
    ? { ...kept.data, accountIdentifier: kept.data.accountIdentifier ?? ctx.scope.accountId }
    : undefined
  return { diagnostics, info, connector }
}

/** A single top-level `connector:` mapping; anything else is one located diagnostic. */
function shapeOf(doc: Document.Parsed, start: Span, lines: LineCounter) {
  const error = (at: Span, message: string) => ({
    diagnostic: { ...at, message, path: '', severity: 'error' as const },
  })
  const top = doc.contents
  if (!isMap(top)) {
    const at = isNode(top) ? spanOf(top, lines) : start
    return error(at, 'Expected a connector: mapping at the top of the document')
  }
  const other = top.items.find((p) => !(isNode(p.key) && String(p.key.toJSON()) === 'connector'))
  if (other && isNode(other.key))
    return error(
      spanOf(other.key, lines),
      `Only connector: belongs at the top level, not ${String(other.key.toJSON())}:`,
    )
  const pair = pairOf(top, 'connector')
  if (!pair || !isNode(pair.key))
    return error(spanOf(top, lines), 'Expected a connector: mapping at the top of the document')
  const base = spanOf(pair.key, lines)
  if (!isMap(pair.value))
    return error(
      isNode(pair.value) ? spanOf(pair.value, lines) : base,
      'connector: must be a mapping with name, identifier, type and spec',
    )
  return { node: pair.value, base }
}

/** One diagnostic per place and message (the identity and the form both require a name). */
function dedupe(diagnostics: YamlDiagnostic[]): YamlDiagnostic[] {
  const seen = new Set<string>()
  return diagnostics
    .filter((d) => {
      const key = `${d.from}:${d.message}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
    .sort((a, b) => a.from - b.from)
}
