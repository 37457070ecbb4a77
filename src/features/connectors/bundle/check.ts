import { isNode, LineCounter, parseAllDocuments, type Document } from 'yaml'

import { checkContract } from '@/api/contract/validate'
import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'

/** One document of a bundle: where it starts, its connector when valid, and its problems. */
export interface BundleDocument {
  index: number
  line: number
  info?: ConnectorInfo
  problems: { line: number; message: string }[]
}

/**
 * A bundle checked as a whole: every document parsed and checked against the Manager's
 * `ConnectorInfo` type, each at the scope the page is in, and no identifier twice.
 */
export function checkBundle(text: string, scope: Scope): BundleDocument[] {
  const lines = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter: lines })
  if (!Array.isArray(docs)) return []
  const seen = new Map<string, number>()
  return docs
    .filter((doc) => doc.contents !== null || doc.errors.length)
    .map((doc, index) => {
      const line = lines.linePos(doc.range[0]).line
      const problems = doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0],
      }))
      if (problems.length) return { index, line, problems }
      const value = doc.toJS() as { connector?: unknown } | null
      if (!value || typeof value !== 'object' || !value.connector)
        return { index, line, problems: [{ line, message: 'Expected a connector: document' }] }
      const checked = checkContract<ConnectorInfo>('ConnectorInfo', value.connector, 'connector')
      if (!checked.success)
        return {
          index,
          line,
          problems: checked.errors.map((e) => ({
            line: lineOf(doc, e.fieldId.split('.'), lines) ?? line,
            message: `${e.fieldId}: ${shorten(e.error)}`,
          })),
        }
      const info = checked.data
      const at = {
        org: info.orgIdentifier ?? undefined,
        project: info.projectIdentifier ?? undefined,
      }
      if (at.org !== scope.orgId || at.project !== (scope.orgId ? scope.projectId : undefined))
        return {
          index,
          line,
          problems: [{ line, message: 'connector: not at the scope this page is in' }],
        }
      const before = seen.get(info.identifier)
      if (before !== undefined)
        return {
          index,
          line,
          problems: [
            { line, message: `identifier ${info.identifier} is already in document ${before + 1}` },
          ],
        }
      seen.set(info.identifier, index)
      return { index, line, info, problems: [] }
    })
}

/** The line of the node at `path`, or of its nearest parent that exists. */
function lineOf(doc: Document, path: string[], lines: LineCounter): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true)
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line
  }
  return undefined
}

/** An enum's message names every value; past a handful that is a wall of text, not help. */
function shorten(message: string): string {
  const values = /^must be one of (.*)$/.exec(message)?.[1].split(', ')
  if (!values || values.length <= 8) return message
  return `must be one of the Manager's ${values.length} values (${values.slice(0, 4).join(', ')}, …)`
}
