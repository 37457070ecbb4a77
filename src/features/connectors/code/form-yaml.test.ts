import { getProvider } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { fromConnectorInfo, toConnectorInfo } from '@/catalog/to-api'

import { formToInfo } from './form-yaml'
import { validateConnectorYaml } from './validate-yaml'
import { connectorYaml } from './yaml'

const github = getProvider('github')
const scope = { accountId: 'acct', orgId: 'default', projectId: 'cd_platform' }

/** What the admin does in the editor: `proxy` (in the Manager's type, not in the form) and a URL. */
function editInYaml(yaml: string, url: string) {
  expect(yaml).not.toContain('proxy')
  return yaml
    .replace(/^ {2}spec:\n/m, '  spec:\n    proxy: true\n')
    .replace(/url: .*/, `url: ${url}`)
}

describe('form ↔ YAML keeps what the form does not model', () => {
  it('edit: form → YAML → form → save body', () => {
    const stored = toConnectorInfo(github, sampleValues(github), scope)
    const ctx = { scope, stored, provider: github }
    // Form → YAML: what the form would send.
    const yaml = connectorYaml(formToInfo(github, fromConnectorInfo(github, stored), scope, stored))
    const typed = editInYaml(yaml, 'https://github.example.com/acme')
    // YAML → form: the parsed connector is the new base; the form takes its values.
    const base = validateConnectorYaml(typed, ctx).info!
    expect(base.spec.proxy).toBe(true)
    const values = fromConnectorInfo(github, base)
    expect(values.url).toBe('https://github.example.com/acme')
    // The admin goes on in the form, then saves: the body starts from the base.
    const body = formToInfo(github, { ...values, description: 'Edited in the form' }, scope, base)
    expect(body.spec.proxy).toBe(true)
    expect(body.spec.url).toBe('https://github.example.com/acme')
    expect(body.description).toBe('Edited in the form')
    expect(body.identifier).toBe(stored.identifier)
    // And back to YAML once more: still there.
    expect(connectorYaml(body)).toContain('proxy: true')
  })

  it('create: a base from YAML, and the identifier is the form’s', () => {
    const start = formToInfo(github, sampleValues(github), scope, null)
    const typed = editInYaml(connectorYaml(start), 'https://github.com/acme')
    const base = validateConnectorYaml(typed, { scope, provider: github }).info!
    const values = { ...fromConnectorInfo(github, base), identifier: 'renamed_in_form' }
    const body = formToInfo(github, values, scope, base)
    expect(body).toMatchObject({ identifier: 'renamed_in_form', spec: { proxy: true } })
    expect(
      validateConnectorYaml(connectorYaml(body), { scope, provider: github }).diagnostics,
    ).toEqual([])
  })

  it('with no base, the body is the form’s alone (nothing to keep)', () => {
    const values = sampleValues(github)
    expect(formToInfo(github, values, scope, null)).toEqual(toConnectorInfo(github, values, scope))
  })
})
