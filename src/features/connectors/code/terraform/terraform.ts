import type { ConnectorInfo, ConnectorType } from '@/api/schemas/connector'

import { writeBlock, writeBody, type HclBody } from './hcl-body'
import { MAPPINGS, NOT_MAPPED, type Mapping } from './mappings'
import { SpecReader } from './spec-reader'

/**
 * A connector as Terraform for the Harness provider (issue 23): its `harness_platform_connector_*`
 * resource with the provider's argument names, and an `import` block (Terraform 1.5 or newer) so
 * `terraform plan` adopts the existing connector instead of creating another. Written with a small
 * HCL writer whose every string goes through hclString; the tests parse each file back.
 */

export const TERRAFORM_FILE = 'connectors.tf'

export type TerraformSupport = { resource: string } | { resource: null; reason: string }

const unmappedReason = (type: ConnectorType) =>
  NOT_MAPPED[type] ??
  `Harness’s Terraform provider has no resource for ${type} connectors. Keep this one as YAML.`

export function terraformSupport(type: ConnectorType): TerraformSupport {
  const mapping = MAPPINGS[type]
  return mapping ? { resource: mapping.resource } : { resource: null, reason: unmappedReason(type) }
}

/** The provider's import ID: `<id>`, `<org>/<id>` or `<org>/<project>/<id>`. */
export function importId(info: ConnectorInfo): string {
  return [info.orgIdentifier, info.projectIdentifier, info.identifier].filter(Boolean).join('/')
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** A valid Terraform resource name from any text: other characters become `_`. */
export function resourceName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_-]/g, '_')
  return NAME.test(name) ? name : `_${name}`
}

/** Text for a `#` comment: one line, no control characters. */
const commentText = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ')

/** Tags the provider can hold: `key:value` strings split at the first `:` (helpers/tags.go). */
function tagsOf(info: ConnectorInfo): { tags: string[]; lost: string[] } {
  const tags: string[] = []
  const lost: string[] = []
  for (const [key, value] of Object.entries(info.tags ?? {})) {
    // The provider splits on every ':' and keeps two parts, so a ':' in a key or value is lost.
    if (key.includes(':') || value.includes(':')) lost.push(`tags.${key}`)
    else tags.push(value ? `${key}:${value}` : key)
  }
  return { tags, lost }
}

interface Written {
  resource: string
  body: HclBody
  /** Spec paths (and tags) no argument holds. */
  notIn: string[]
}

/** The resource body for a connector the provider has a resource for. */
export function resourceBody(info: ConnectorInfo, mapping: Mapping): Written {
  const s = new SpecReader(info.spec)
  const mapped = mapping.body(s)
  const { tags, lost } = tagsOf(info)
  const body: HclBody = {
    identifier: info.identifier,
    name: info.name,
    description: info.description || undefined,
    org_id: info.orgIdentifier ?? undefined,
    project_id: info.projectIdentifier ?? undefined,
    ...mapped,
    delegate_selectors: mapping.selectorsInside
      ? mapped.delegate_selectors
      : s.strings('delegateSelectors'),
    execute_on_delegate: mapping.executeOnDelegate ? s.bool('executeOnDelegate') : undefined,
    tags: tags.length ? tags : undefined,
  }
  return {
    resource: mapping.resource,
    body,
    notIn: [...lost, ...s.unread().map((p) => `spec.${p}`)],
  }
}

function resourceText(info: ConnectorInfo, name: string, written: Written): string {
  const lines = [
    `# ${commentText(info.name)} (${info.identifier}), Harness connector type ${info.type}`,
    ...(written.notIn.length
      ? [`# Not in ${written.resource}, so Terraform would not manage: ${written.notIn.join(', ')}`]
      : []),
  ]
  const importBlock = `import {\n${writeBody(
    { id: importId(info) },
    '  ',
  )}  to = ${written.resource}.${name}\n}\n`
  return `${lines.join('\n')}\n${writeBlock('resource', [written.resource, name], written.body)}\n${importBlock}`
}

const HEADER = [
  '# Written by Delegate Console for the Harness Terraform provider (registry: harness/harness).',
  '# Secrets stay references (`*_ref`); import blocks need Terraform 1.5 or newer.',
]

/** One connector's resource and import block, or a comment saying why there is none. */
export function connectorTerraform(info: ConnectorInfo): string {
  const mapping = MAPPINGS[info.type]
  if (!mapping) {
    return `${HEADER.join('\n')}\n# ${info.identifier}: ${commentText(unmappedReason(info.type))}\n`
  }
  return `${HEADER.join('\n')}\n\n${resourceText(info, resourceName(info.identifier), resourceBody(info, mapping))}`
}

export interface Skipped {
  identifier: string
  name: string
  scope: string
  reason: string
}

const scopeOf = (info: ConnectorInfo) =>
  [info.orgIdentifier, info.projectIdentifier].filter(Boolean).join('/') || 'account'

/**
 * Many connectors as one file: a resource and an import block each, resource names valid and
 * unique (the identifier; with its org and project in front when two scopes share it; then _2,
 * _3…). Connectors with no resource are listed in a comment at the top and returned as skipped.
 */
export function bundleTerraform(infos: readonly ConnectorInfo[]): {
  text: string
  skipped: Skipped[]
} {
  const skipped: Skipped[] = []
  const mapped: { info: ConnectorInfo; mapping: Mapping }[] = []
  for (const info of infos) {
    const mapping = MAPPINGS[info.type]
    if (mapping) mapped.push({ info, mapping })
    else {
      const reason = unmappedReason(info.type)
      skipped.push({ identifier: info.identifier, name: info.name, scope: scopeOf(info), reason })
    }
  }

  const identifierCount = new Map<string, number>()
  for (const { info, mapping } of mapped) {
    const key = `${mapping.resource}.${resourceName(info.identifier)}`
    identifierCount.set(key, (identifierCount.get(key) ?? 0) + 1)
  }
  const taken = new Set<string>()
  const parts = mapped.map(({ info, mapping }) => {
    const plain = resourceName(info.identifier)
    const base =
      (identifierCount.get(`${mapping.resource}.${plain}`) ?? 0) > 1
        ? resourceName(
            [info.orgIdentifier, info.projectIdentifier, info.identifier].filter(Boolean).join('_'),
          )
        : plain
    let name = base
    for (let n = 2; taken.has(`${mapping.resource}.${name}`); n++) name = `${base}_${n}`
    taken.add(`${mapping.resource}.${name}`)
    return resourceText(info, name, resourceBody(info, mapping))
  })

  const skippedLines = skipped.length
    ? [
        '',
        '# Not in this file (no Terraform resource written for them):',
        ...skipped.map(
          (s) =>
            `#   ${s.identifier} at ${s.scope} (${commentText(s.name)}): ${commentText(s.reason)}`,
        ),
      ]
    : []
  const text = `${[...HEADER, ...skippedLines].join('\n')}\n${parts.map((p) => `\n${p}`).join('')}`
  return { text, skipped }
}
