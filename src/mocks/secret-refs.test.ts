import { MOCK_ACCOUNT_ID } from '@/api/session'
import { catalog } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { toConnectorInfo } from '@/catalog/to-api'
import { methodsOf } from '@/catalog/types'

import { resetDb } from './db'
import { secretRefsOf, unreachableSecretRefs } from './secret-refs'

const base = 'http://localhost/gateway/ng/api/connectors'
const scopes = {
  account: `accountIdentifier=${MOCK_ACCOUNT_ID}`,
  org: `accountIdentifier=${MOCK_ACCOUNT_ID}&orgIdentifier=default`,
  project: `accountIdentifier=${MOCK_ACCOUNT_ID}&orgIdentifier=default&projectIdentifier=cd_platform`,
}
const scopeOf = {
  account: { accountId: MOCK_ACCOUNT_ID },
  org: { accountId: MOCK_ACCOUNT_ID, orgId: 'default' },
  project: { accountId: MOCK_ACCOUNT_ID, orgId: 'default', projectId: 'cd_platform' },
}

function githubBody(level: keyof typeof scopes, tokenRef: string) {
  const github = catalog.find((p) => p.id === 'github')!
  const values = { ...sampleValues(github), identifier: `gh_${level}`, tokenRef }
  return { connector: toConnectorInfo(github, values, scopeOf[level]) }
}
const create = (level: keyof typeof scopes, tokenRef: string) =>
  fetch(`${base}?${scopes[level]}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(githubBody(level, tokenRef)),
  })

beforeEach(() => resetDb('default'))

describe('mock Manager: a secret ref must be reachable from the connector’s scope', () => {
  it.each([
    ['account', 'org.gitlab_token', 'org'],
    ['account', 'repo_deploy_token', 'project'],
    ['org', 'repo_deploy_token', 'project'],
  ] as const)(
    'refuses a %s connector with %s (a %s secret): 400 Failure naming the field',
    async (level, ref, refLevel) => {
      const response = await create(level, ref)
      expect(response.status).toBe(400)
      const body = (await response.json()) as { status: string; code: string; errors: unknown[] }
      expect(body).toMatchObject({ status: 'FAILURE', code: 'INVALID_REQUEST' })
      expect(body.errors).toEqual([
        {
          fieldId: 'spec.authentication.spec.spec.tokenRef',
          error: expect.stringContaining(
            `The ${refLevel} level secret ${ref} cannot be used at ${level} level`,
          ) as unknown,
        },
      ])
    },
  )

  it.each([
    ['account', 'account.github_pat'],
    ['org', 'account.github_pat'],
    ['org', 'org.gitlab_token'],
    ['project', 'org.gitlab_token'],
    ['project', 'repo_deploy_token'],
  ] as const)('accepts a %s connector with %s', async (level, ref) => {
    expect((await create(level, ref)).status).toBe(200)
  })
})

describe('secretRefsOf', () => {
  it('finds every catalog secret field in the body the form sends, at its spec path', () => {
    for (const provider of catalog.filter((p) => p.type))
      for (const method of methodsOf(provider)) {
        const values = sampleValues(provider, method.id)
        const info = toConnectorInfo(provider, values, scopeOf.account)
        const paths = secretRefsOf(info).map((r) => r.fieldId)
        for (const f of [...provider.fields, ...method.fields].filter(
          (f) => f.kind === 'secret' && values[f.name],
        ))
          expect(paths, `${provider.id} ${method.id}`).toContain(`spec.${f.path}`)
      }
  })

  it('does not take a connector ref for a secret', () => {
    const info = {
      identifier: 'x',
      name: 'x',
      type: 'Git',
      spec: { connectorRef: 'org.other', nested: [{ passwordRef: 'org.pw' }] },
    } as never
    expect(unreachableSecretRefs(info)).toEqual([
      { fieldId: 'spec.nested.0.passwordRef', error: expect.any(String) as unknown },
    ])
  })
})
