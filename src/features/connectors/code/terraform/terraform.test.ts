import { parse } from '@cdktf/hcl2json'
import { format } from '@cdktf/hcl-tools'

import type { ConnectorInfo } from '@/api/schemas/connector'
import { formConnectors, seededConnectors } from '@/test/connector-cases'
import { literals } from '@/test/hcl'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'

import { toHclJson } from './hcl-body'
import { MAPPINGS } from './mappings'
import {
  bundleTerraform,
  connectorTerraform,
  importId,
  resourceBody,
  resourceName,
  terraformSupport,
} from './terraform'

/**
 * Connector → Terraform → parsed values (issue 23): every connector the form can build (each
 * catalog provider, auth method and scope) and every seeded one is written, parsed back with
 * HashiCorp's own HCL parser (hcl2json, WebAssembly), and compared with what was meant; every
 * value of the spec is either in the resource or named in its "Not in" comment; the text is what
 * `terraform fmt` would write.
 */

type HclJson = {
  resource?: Record<string, Record<string, Record<string, unknown>[]>>
  import?: { id: string; to: string }[]
}

const fromForm: ConnectorInfo[] = formConnectors()
const seeded: ConnectorInfo[] = seededConnectors()
const mappable = (infos: ConnectorInfo[]) => infos.filter((c) => MAPPINGS[c.type])

async function readBack(text: string) {
  const hcl = (await parse('main.tf', text)) as HclJson
  const [[resource, byName]] = Object.entries(hcl.resource ?? {})
  const [[name, [body]]] = Object.entries(byName)
  return {
    resource,
    name,
    body: literals(body) as Record<string, unknown>,
    imports: hcl.import ?? [],
  }
}

/** Every primitive in a parsed body, lists also joined with ',' (OIDC scopes are one string). */
function valuesIn(value: unknown, out = new Set<unknown>()): Set<unknown> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.add(value.join(','))
    value.forEach((v) => valuesIn(v, out))
  } else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => valuesIn(v, out))
  else out.add(value)
  return out
}

/** Every leaf of a spec with its path, list items as path[i]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || value === undefined || value === '') return []
  if (Array.isArray(value) && value.length === 0) return []
  if (Array.isArray(value)) {
    return value.some((v) => typeof v === 'object')
      ? value.flatMap((v, i) => leaves(v, `${path}[${i}]`))
      : [[path, value]]
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
  }
  return [[path, value]]
}

const label = (c: ConnectorInfo) =>
  `${c.type} ${c.identifier} ${c.projectIdentifier ?? c.orgIdentifier ?? 'account'}`

describe('connector Terraform round trip', () => {
  const cases = [...mappable(fromForm), ...mappable(seeded)].map((c) => [label(c), c] as const)

  it.each(cases)('%s', async (_, info) => {
    const text = connectorTerraform(info)
    const written = resourceBody(info, MAPPINGS[info.type]!)
    const back = await readBack(text)

    expect(back.resource).toBe(MAPPINGS[info.type]!.resource)
    expect(back.body).toEqual(toHclJson(written.body))
    expect(back.body).toMatchObject({
      identifier: info.identifier,
      name: info.name,
      ...(info.orgIdentifier ? { org_id: info.orgIdentifier } : {}),
      ...(info.projectIdentifier ? { project_id: info.projectIdentifier } : {}),
    })
    if (!info.orgIdentifier) expect(back.body).not.toHaveProperty('org_id')
    if (!info.projectIdentifier) expect(back.body).not.toHaveProperty('project_id')
    expect(back.imports).toEqual([{ id: importId(info), to: `\${${back.resource}.${back.name}}` }])

    // Every value of the spec is in the resource, or named as not managed by Terraform; only a
    // discriminator (a `type` that chose the block it is written as) may be carried by structure.
    const values = valuesIn(back.body)
    for (const [path, value] of leaves(info.spec)) {
      if (written.notIn.includes(`spec.${path}`)) {
        expect(text).toContain(`spec.${path}`)
        continue
      }
      const discriminator = /(^|\.)(type|authType)$/.test(path)
      const asWritten = Array.isArray(value) ? value.join(',') : value
      if (!discriminator) expect([path, values.has(asWritten)]).toEqual([path, true])
    }

    expect(await format(text)).toBe(text)
  })

  it('writes credentials as the provider’s blocks and secret references', async () => {
    const github = seeded.find((c) => c.identifier === 'github_acme')!
    const { body } = await readBack(connectorTerraform(github))
    expect(body).toMatchObject({
      connection_type: 'Account',
      credentials: [{ http: [{ username: 'acme-bot', token_ref: 'account.github_pat' }] }],
      tags: ['team:platform'],
    })

    const aws = fromForm.find((c) => c.type === 'Aws' && c.spec.credential)!
    const awsBack = await readBack(connectorTerraform(aws))
    // AWS keeps delegate selectors and region inside the credentials block it chose.
    const block = Object.keys(awsBack.body).find((k) =>
      ['inherit_from_delegate', 'manual', 'irsa', 'oidc_authentication'].includes(k),
    )!
    expect(awsBack.body[block]).toEqual([
      expect.objectContaining({ delegate_selectors: ['primary'], region: 'us-east-1' }),
    ])
    expect(awsBack.body).not.toHaveProperty('delegate_selectors')
  })

  it('names what Terraform would not manage', () => {
    const git = fromForm.find((c) => c.type === 'Git')!
    const text = connectorTerraform(git)
    expect(text).toContain(
      '# Not in harness_platform_connector_git, so Terraform would not manage: spec.branchName',
    )
    const tagged: ConnectorInfo = { ...git, tags: { 'a:b': 'c', env: 'prod:eu', team: '' } }
    const written = resourceBody(tagged, MAPPINGS.Git!)
    expect(written.body.tags).toEqual(['team'])
    expect(written.notIn).toEqual(expect.arrayContaining(['tags.a:b', 'tags.env']))
  })

  it('keeps hostile names and descriptions exactly and out of the comments’ reach', async () => {
    const base = seeded.find((c) => c.identifier === 'github_acme')!
    for (const payload of [
      ...INJECTION_PAYLOADS,
      '${x}',
      '%{x}',
      '$${x}',
      '%%{ if x }',
      'line\nbreak\n}\nresource "x" "y" {',
      'Ünï 🚀 “quotes”',
      '\\',
    ]) {
      const info: ConnectorInfo = { ...base, name: payload, description: payload }
      const text = connectorTerraform(info)
      const back = await readBack(text)
      expect(back.body.name).toBe(payload)
      expect(back.body.description).toBe(payload)
      expect(Object.keys((await parse('main.tf', text)) as object).sort()).toEqual([
        'import',
        'resource',
      ])
      expect(await format(text)).toBe(text)
    }
  })
})

describe('Terraform bundle', () => {
  it('has a resource and an import block per connector, names valid and unique', async () => {
    const datadog = seeded.find((c) => c.identifier === 'datadog' && !c.orgIdentifier)!
    const infos = [
      ...seeded,
      // The same identifier at two more scopes, and one whose identifier needs cleaning.
      { ...datadog, orgIdentifier: 'default' },
      { ...datadog, orgIdentifier: 'default', projectIdentifier: 'cd_platform' },
      { ...datadog, identifier: 'datadog$eu' },
    ]
    const { text, skipped } = bundleTerraform(infos)
    const hcl = (await parse('connectors.tf', text)) as HclJson
    const names = Object.entries(hcl.resource ?? {}).flatMap(([type, byName]) =>
      Object.keys(byName).map((n) => `${type}.${n}`),
    )
    const expected = infos.filter((c) => MAPPINGS[c.type])
    expect(names).toHaveLength(expected.length)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name.split('.')[1]).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/)
    expect(hcl.import?.map((i) => i.id).sort()).toEqual(expected.map(importId).sort())
    expect(hcl.import?.map((i) => i.to.slice(2, -1)).sort()).toEqual([...names].sort())
    expect(names).toEqual(
      expect.arrayContaining([
        'harness_platform_connector_datadog.datadog',
        'harness_platform_connector_datadog.default_datadog',
        'harness_platform_connector_datadog.default_cd_platform_datadog',
        'harness_platform_connector_datadog.datadog_eu',
      ]),
    )

    expect(skipped).toEqual([
      expect.objectContaining({ identifier: 'slack_releases', scope: 'account' }),
    ])
    expect(text).toContain('#   slack_releases at account (')
    expect(await format(text)).toBe(text)
  })

  it('suffixes names that still collide after cleaning', () => {
    const base = seeded.find((c) => c.type === 'Datadog')!
    const { text } = bundleTerraform([
      { ...base, identifier: 'a$b' },
      { ...base, identifier: 'a_b' },
    ])
    expect(text).toContain('resource "harness_platform_connector_datadog" "a_b" {')
    expect(text).toContain('resource "harness_platform_connector_datadog" "a_b_2" {')
  })
})

describe('terraformSupport', () => {
  it('names the resource, or says why there is none', () => {
    expect(terraformSupport('Github')).toEqual({ resource: 'harness_platform_connector_github' })
    const slack = terraformSupport('Slack')
    expect(slack.resource).toBeNull()
    expect(slack.resource === null && slack.reason).toContain(
      'Harness’s Terraform provider has no resource for Slack connectors.',
    )
    const ceAws = terraformSupport('CEAws')
    expect(ceAws.resource === null && ceAws.reason).toContain('harness_platform_connector_awscc')
  })

  it('makes valid resource names from any identifier', () => {
    expect(resourceName('github_acme')).toBe('github_acme')
    expect(resourceName('a$b')).toBe('a_b')
    expect(resourceName('9lives')).toBe('_9lives')
  })
})
