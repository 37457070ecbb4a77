import { Document, stringify } from 'yaml'

import type { ConnectorInfo } from '@/api/schemas/connector'

/**
 * Connectors as YAML, the way Harness stores and shows them: one `connector:` document each
 * (the Manager's YAML view and its "Create via YAML Builder"). Built with the yaml library only.
 *
 * A bundle is several such documents in one YAML stream, separated by `---`; that is what the
 * list's export writes and what "Apply YAML" reads back.
 */

/** The connector without what the Manager fills in (account) and without empty values. */
export function connectorDocument(info: ConnectorInfo): { connector: Record<string, unknown> } {
  const { accountIdentifier: _account, ...connector } = info
  const clean = Object.fromEntries(
    Object.entries(connector).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  )
  return { connector: clean }
}

/** One connector as YAML (`connector:` at the top). */
export function connectorYaml(info: ConnectorInfo): string {
  return stringify(connectorDocument(info), { lineWidth: 0 })
}

/** Several connectors as one YAML stream, a `connector:` document each. */
export function bundleYaml(infos: readonly ConnectorInfo[]): string {
  // Each document marks its own start (`---`), so the stream is the documents one after another.
  return infos
    .map((info) => {
      const doc = new Document(connectorDocument(info))
      doc.directives!.docStart = true
      return doc.toString({ lineWidth: 0 })
    })
    .join('')
}
