import { parseAllDocuments } from 'yaml'

/**
 * Parses a YAML stream with both the YAML 1.2 and the YAML 1.1 schema (go-yaml, as used by
 * kubectl and Helm, reads 1.1) and checks that they agree; returns the plain JS documents.
 */
export function parseYamlStream<T = Record<string, unknown>>(text: string): T[] {
  const read = (version: '1.1' | '1.2') =>
    parseAllDocuments(text, { version }).map((doc) => {
      if (doc.errors.length > 0) throw doc.errors[0]
      return doc.toJS() as T
    })
  const docs = read('1.2')
  expect(read('1.1')).toEqual(docs)
  return docs
}

/** YAML 1.1 readers also split lines on NEL, LS and PS; none may appear raw in the output. */
export function expectNoRawLineSeparators(text: string) {
  expect(text).not.toMatch(/[\u0085\u2028\u2029]/)
}
