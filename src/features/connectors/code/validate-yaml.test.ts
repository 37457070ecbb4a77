import type { ConnectorInfo } from '@/api/schemas/connector'
import { getProvider } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { toConnectorInfo } from '@/catalog/to-api'
import { messages } from '@/catalog/to-zod'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'

import {
  validateConnectorBundle,
  validateConnectorYaml,
  type YamlDiagnostic,
} from './validate-yaml'
import { connectorYaml } from './yaml'

const project = { accountId: 'acct', orgId: 'default', projectId: 'cd_platform' }
const account = { accountId: 'acct' }

/** A GitHub connector at project scope; line numbers below are those of this text. */
const GITHUB = `connector:
  name: GitHub main
  identifier: github_main
  orgIdentifier: default
  projectIdentifier: cd_platform
  type: Github
  spec:
    url: https://github.com/acme
    type: Account
    validationRepo: acme/app
    authentication:
      type: Http
      spec:
        type: UsernameToken
        spec:
          username: bot
          tokenRef: account.gh_token
    delegateSelectors:
      - primary
`

/** GITHUB with one line replaced (1-based), so each rule is shown on a line of its own. */
function withLine(line: number, text: string, yaml = GITHUB) {
  const lines = yaml.split('\n')
  lines[line - 1] = text
  return lines.join('\n')
}

const brief = (d: YamlDiagnostic) => [d.line, d.severity, d.message]
const check = (
  yaml: string,
  ctx: Parameters<typeof validateConnectorYaml>[1] = { scope: project },
) => validateConnectorYaml(yaml, ctx)

describe('validateConnectorYaml', () => {
  it('takes a valid connector and returns it as the Manager keeps it', () => {
    const { diagnostics, info } = check(GITHUB)
    expect(diagnostics).toEqual([])
    expect(info).toMatchObject({
      identifier: 'github_main',
      accountIdentifier: 'acct',
      type: 'Github',
    })
    expect(info?.spec.url).toBe('https://github.com/acme')
  })

  it('reads back every connector the form builds, at its scope', () => {
    const github = getProvider('github')
    const built = toConnectorInfo(github, sampleValues(github), project)
    const { diagnostics, info } = check(connectorYaml(built))
    expect(diagnostics).toEqual([])
    expect(info).toEqual(built)
  })

  describe('YAML syntax', () => {
    it('reports the parser’s error where it is, and nothing else', () => {
      const result = check(withLine(10, '    validationRepo: [acme/app'))
      expect(result.diagnostics.map((d) => d.line)).toEqual([11])
      expect(result.diagnostics[0].message).toMatch(/flow sequence/i)
      expect(result.info).toBeUndefined()
    })

    it('a duplicate key is a syntax error on the second key', () => {
      const result = check(withLine(3, '  name: again'))
      expect(result.diagnostics.map(brief)).toEqual([[3, 'error', 'Map keys must be unique']])
    })
  })

  describe('the document’s shape', () => {
    it.each([
      ['', 1, 'Expected a connector: mapping at the top of the document'],
      ['- connector: {}\n', 1, 'Expected a connector: mapping at the top of the document'],
      ['name: x\n', 1, 'Only connector: belongs at the top level, not name:'],
      [
        'connector: github\n',
        1,
        'connector: must be a mapping with name, identifier, type and spec',
      ],
    ])('%j: line %i', (yaml, line, message) => {
      expect(check(yaml).diagnostics.map(brief)).toEqual([[line, 'error', message]])
    })

    it('a second top-level key is named on its own line', () => {
      const result = check(`${GITHUB}extra: 1\n`)
      expect(result.diagnostics.map(brief)).toEqual([
        [20, 'error', 'Only connector: belongs at the top level, not extra:'],
      ])
    })

    it('missing name and identifier are on the connector: key, with the form’s messages', () => {
      const yaml = GITHUB.replace('  name: GitHub main\n', '').replace(
        '  identifier: github_main\n',
        '',
      )
      expect(check(yaml).diagnostics.map(brief)).toEqual([
        [1, 'error', messages.required('Name')],
        [1, 'error', messages.required('Identifier')],
      ])
    })

    it('a missing type stops the other checks', () => {
      const yaml = GITHUB.replace('  type: Github\n', '')
      expect(check(yaml).diagnostics.map(brief)).toEqual([
        [1, 'error', "Type is required: the Manager's connector type, such as Github"],
      ])
    })

    it.each([
      ['Githb', '"Githb" is not a connector type: did you mean Github?'],
      ['github', '"github" is not a connector type: did you mean Github?'],
      [
        'Ftp',
        expect.stringMatching(/^"Ftp" is not a connector type: use one of the Manager's \d+ types/),
      ],
      ['[Github]', expect.stringMatching(/^\["Github"\] is not a connector type/)],
    ])('an unknown type %s is on the type line', (type, message) => {
      expect(check(withLine(6, `  type: ${type}`)).diagnostics.map(brief)).toEqual([
        [6, 'error', message],
      ])
    })
  })

  describe('editing', () => {
    const stored = check(GITHUB).info as ConnectorInfo

    it('the type cannot change', () => {
      const yaml = withLine(6, '  type: Gitlab')
      expect(check(yaml, { scope: project, stored }).diagnostics.map(brief)).toEqual([
        [
          6,
          'error',
          'The type cannot change on edit: this connector is Github. Create a new connector for Gitlab.',
        ],
      ])
    })

    it('the identifier cannot change', () => {
      const yaml = withLine(3, '  identifier: github_other')
      expect(check(yaml, { scope: project, stored }).diagnostics.map(brief)).toEqual([
        [3, 'error', 'The identifier cannot change on edit: it stays github_main'],
      ])
    })
  })

  describe('scope', () => {
    it('at project scope, each identifier says the project’s org and project', () => {
      const yaml = withLine(5, '  projectIdentifier: other')
      expect(check(yaml).diagnostics.map(brief)).toEqual([
        [
          5,
          'error',
          'This page is at project cd_platform in org default: projectIdentifier must be cd_platform',
        ],
      ])
      const missing = GITHUB.replace('  orgIdentifier: default\n', '')
      expect(check(missing).diagnostics.map(brief)).toEqual([
        [
          1,
          'error',
          'This page is at project cd_platform in org default: add orgIdentifier: default',
        ],
      ])
    })

    it('at account scope, neither is there; the message is on the key to remove', () => {
      expect(check(GITHUB, { scope: account }).diagnostics.map(brief)).toEqual([
        [
          4,
          'error',
          'This page is at the account: remove orgIdentifier, a connector here has none',
        ],
        [
          5,
          'error',
          'This page is at the account: remove projectIdentifier, a connector here has none',
        ],
      ])
    })

    it('at org scope, the org and no project', () => {
      const org = { accountId: 'acct', orgId: 'default' }
      expect(check(GITHUB, { scope: org }).diagnostics.map(brief)).toEqual([
        [
          5,
          'error',
          'This page is at org default: remove projectIdentifier, a connector here has none',
        ],
      ])
    })
  })

  describe('the form’s messages, on the field’s key', () => {
    it.each([
      [8, '    url: ftp://github.com/acme', messages.url],
      [8, '    url: "https://github.com:${PORT}/acme"', messages.url],
      [17, '          tokenRef: project.gh_token', messages.projectRef],
      [17, '          tokenRef: ${secrets.gh}', messages.secretRef],
      [17, '          tokenRef: <+secrets.getValue("gh")>', messages.secretRef],
      [17, "          tokenRef: 'ghp_abc\"def'", messages.secretRef],
      [17, '          tokenRef: account.tøken', messages.secretRef],
      [3, '  identifier: gîthub_main', messages.identifier],
      [3, '  identifier: harnessSecretManager', messages.reservedIdentifier],
      [2, "  name: '   '", messages.required('Name')],
    ])('line %i: %s', (line, text, message) => {
      const result = check(withLine(line, text))
      expect(result.diagnostics.map(brief)).toEqual([[line, 'error', message]])
      expect(result.info).toBeUndefined()
    })

    it('a missing required field is on the nearest key above it', () => {
      const yaml = GITHUB.replace('          username: bot\n', '')
      expect(check(yaml).diagnostics.map(brief)).toEqual([
        [15, 'error', messages.required('Username')],
      ])
    })

    it('a bad tag is on its key, and a bad delegate selector on its item', () => {
      const tagged = withLine(2, '  name: GitHub main\n  tags:\n    ":x": y\n    env: prod')
      expect(check(tagged).diagnostics.map(brief)).toEqual([[4, 'error', messages.tag]])
      const selectors = withLine(19, '      - primary\n      - "  "')
      expect(check(selectors).diagnostics.map(brief)).toEqual([[20, 'error', messages.emptyItem]])
    })

    it('a Custom Health header row: its encrypted value ref, on that row’s key', () => {
      const provider = getProvider('custom-health')
      const yaml = connectorYaml(
        toConnectorInfo(provider, sampleValues(provider), account),
      ).replace(/encryptedValueRef: .*/, 'encryptedValueRef: project.api_key')
      const line = yaml.split('\n').findIndex((l) => l.includes('project.api_key')) + 1
      expect(check(yaml, { scope: account }).diagnostics.map(brief)).toEqual([
        [line, 'error', messages.projectRef],
      ])
    })

    it('a Pdc host is on its hostname', () => {
      const provider = getProvider('pdc')
      const yaml = connectorYaml(
        toConnectorInfo(provider, sampleValues(provider), account),
      ).replace(/hostname: .*/, 'hostname: "bad host"')
      const line = yaml.split('\n').findIndex((l) => l.includes('bad host')) + 1
      expect(check(yaml, { scope: account }).diagnostics.map(brief)).toEqual([
        [line, 'error', 'Enter a host name or IP address, optionally with :port'],
      ])
    })
  })

  describe('the Manager’s types', () => {
    it('a value of the wrong kind is on its node, named by its body path', () => {
      const result = check(withLine(12, '      type: Htp'))
      expect(result.diagnostics.map(brief)).toContainEqual([
        12,
        'error',
        'spec.authentication.type: must be one of Http, Ssh',
      ])
      expect(result.diagnostics.every((d) => d.line >= 12)).toBe(true)
    })

    it('a number where the Manager takes a string', () => {
      const result = check(withLine(16, '          username: 12'))
      // The contract's message only: the form, which holds strings, would call it missing.
      expect(result.diagnostics.map(brief)).toEqual([
        [16, 'error', 'spec.authentication.spec.spec.username: must be a string'],
      ])
    })

    it('a key the Manager drops is a warning on that key; the connector is still valid', () => {
      const result = check(withLine(10, '    validationRepo: acme/app\n    webhook: "${x}"'))
      expect(result.diagnostics.map(brief)).toEqual([
        [
          11,
          'warning',
          "spec.webhook: the Manager ignores this key (it is not in the Github connector's type)",
        ],
      ])
      expect(result.diagnostics[0].path).toBe('connector.spec.webhook')
      expect(result.info?.spec).not.toHaveProperty('webhook')
    })

    it('a key the form does not show but the type has is kept', () => {
      const result = check(withLine(10, '    validationRepo: acme/app\n    proxy: true'))
      expect(result.diagnostics).toEqual([])
      expect(result.info?.spec.proxy).toBe(true)
    })
  })

  it.each(INJECTION_PAYLOADS)('a hostile name %j is text like any other', (name) => {
    const github = getProvider('github')
    const built = toConnectorInfo(github, { ...sampleValues(github), name }, project)
    const { diagnostics, info } = check(connectorYaml(built))
    expect(diagnostics).toEqual([])
    expect(info?.name).toBe(name.trim())
  })

  it('counts lines in UTF-16 offsets as an editor does (emoji and accents before the error)', () => {
    const yaml = withLine(2, '  name: "🚀 Déploiement ✓"\n  description: ünïcödé 🚀🚀')
    const bad = withLine(9, '    url: nope', yaml)
    const [d] = check(bad).diagnostics
    expect(brief(d)).toEqual([9, 'error', messages.url])
    expect(bad.slice(d.from, d.to)).toBe('nope')
  })
})

describe('validateConnectorBundle', () => {
  const second = GITHUB.replace('github_main', 'github_docs')

  it('checks each document, with lines of the whole stream and each document’s start', () => {
    const text = `---\n${GITHUB}---\n${withLine(8, '    url: nope', second)}---\n`
    const results = validateConnectorBundle(text, project)
    expect(results.map((r) => [r.index, r.line, r.diagnostics.map(brief), !!r.info])).toEqual([
      [0, 1, [], true],
      [1, 21, [[29, 'error', messages.url]], false],
    ])
  })

  it('an identifier twice at one scope is an error on the second one', () => {
    const text = `${GITHUB}---\n${second}---\n${GITHUB}`
    const results = validateConnectorBundle(text, project)
    expect(results.map((r) => r.diagnostics.map(brief))).toEqual([
      [],
      [],
      [[43, 'error', 'Identifier github_main is already in document 1 of this bundle']],
    ])
    expect(results[2].info).toBeUndefined()
  })

  it('a syntax error in one document leaves the others checked', () => {
    const text = `${GITHUB}---\nconnector: [\n---\n${second}`
    const results = validateConnectorBundle(text, project)
    expect(results.map((r) => [r.line, r.diagnostics.length > 0, !!r.info])).toEqual([
      [1, false, true],
      [20, true, false],
      [22, false, true],
    ])
    expect(results[1].diagnostics[0].line).toBeGreaterThanOrEqual(21)
  })
})
