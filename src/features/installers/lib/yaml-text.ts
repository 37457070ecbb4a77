import { Document, isScalar, visit } from 'yaml'

/** YAML 1.1 readers (go-yaml in kubectl and Helm) also break lines on NEL, LS and PS. */
const EXTRA_LINE_BREAKS = /[\u0085\u2028\u2029]/
const ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' }

function toDocument(value: unknown, index: number, comment?: string): Document {
  // Version 1.1 makes the library quote strings such as `yes`, `on` or `010` that YAML 1.1
  // readers would otherwise turn into booleans or numbers.
  const doc = new Document(value, { version: '1.1', aliasDuplicateObjects: false })
  if (index > 0) doc.directives!.docStart = true
  if (index === 0 && comment) doc.commentBefore = comment
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && EXTRA_LINE_BREAKS.test(node.value)) {
        node.type = 'QUOTE_DOUBLE'
      }
    },
  })
  return doc
}

/**
 * Serialises one or more objects as a YAML stream (`---` between documents), entirely through
 * the `yaml` library. `comment` must be a constant: user values never go into comments.
 *
 * The library leaves NEL/LS/PS unescaped (JSON.stringify does not escape them), so scalars that
 * contain them are forced into double quotes and the characters are then written as the YAML
 * escapes `\N`, `\L`, `\P`; a YAML 1.1 reader would otherwise see a line break there.
 */
export function yamlDocuments(values: readonly unknown[], comment?: string): string {
  return values
    .map((value, i) => toDocument(value, i, comment).toString({ lineWidth: 0 }))
    .join('')
    .replace(/[\u0085\u2028\u2029]/g, (ch) => ESCAPES[ch])
}
