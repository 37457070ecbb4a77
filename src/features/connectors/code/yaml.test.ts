import { parse, parseAllDocuments } from 'yaml'

import type { ConnectorInfo } from '@/api/schemas/connector'
import { CASE_SCOPES, formConnectors, seededConnectors } from '@/test/connector-cases'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'

import { checkBundle } from '../bundle/check'
import { fieldChanges, sameConnector } from '../review/changes'
import { bundleYaml, connectorDocument, connectorYaml } from './yaml'

/**
 * Connector → YAML → connector is the identity, for every connector the form can build (each
 * catalog provider, each auth method, each scope) and every seeded connector; the bundle reads
 * back as the same connectors, through the same check the "Apply YAML" page runs.
 */

const scopes = CASE_SCOPES

const fromForm: ConnectorInfo[] = formConnectors()
const seeded: ConnectorInfo[] = seededConnectors()

const readBack = (text: string) => (parse(text) as { connector: ConnectorInfo }).connector

describe('connector YAML round trip', () => {
  it.each(
    fromForm.map(
      (c) =>
        [
          `${c.type} ${c.identifier} ${c.projectIdentifier ?? c.orgIdentifier ?? 'account'}`,
          c,
        ] as const,
    ),
  )('the form’s %s', (_, info) => {
    expect(readBack(connectorYaml(info))).toEqual(connectorDocument(info).connector)
  })

  it.each(seeded.map((c) => [c.identifier, c] as const))('seeded %s', (_, info) => {
    const back = readBack(connectorYaml(info))
    expect(back).toEqual(connectorDocument(info).connector)
    expect(sameConnector(back, info)).toBe(true)
  })

  it('keeps hostile names and descriptions exactly', () => {
    for (const payload of [
      ...INJECTION_PAYLOADS,
      'a: b',
      '- x',
      '"${x}"',
      'line\nbreak',
      'Ünï 🚀',
      '#hash',
      "'q'",
    ]) {
      const info: ConnectorInfo = { ...seeded[0], name: payload, description: payload }
      const back = readBack(connectorYaml(info))
      expect(back.name).toBe(payload)
      expect(back.description).toBe(payload)
    }
  })

  it('reads a bundle of every seeded connector back as the same connectors, scope by scope', () => {
    for (const scope of scopes) {
      const here = seeded.filter(
        (c) =>
          (c.orgIdentifier ?? undefined) === scope.orgId &&
          (c.projectIdentifier ?? undefined) === scope.projectId,
      )
      expect(here.length).toBeGreaterThan(0)
      const text = bundleYaml(here)
      expect(parseAllDocuments(text)).toHaveLength(here.length)
      const docs = checkBundle(text, scope)
      expect(docs.flatMap((d) => d.problems)).toEqual([])
      docs.forEach((d, i) =>
        expect([here[i].identifier, fieldChanges(here[i], d.info!)]).toEqual([
          here[i].identifier,
          [],
        ]),
      )
    }
  })
})
