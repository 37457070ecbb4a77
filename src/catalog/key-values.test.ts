import { checkContract } from '@/api/contract/validate'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { connectorFromSeed } from '@/mocks/seed'
import { connectorSeeds } from '@/mocks/seed-connectors'

import { applyEdit } from './apply-edit'
import { getProvider } from './index'
import { sampleValues } from './samples'
import { fromConnectorInfo, keyValuesFromApi, keyValuesToApi, toConnectorInfo } from './to-api'
import { messages, providerSchema } from './to-zod'
import type { KeyValueRow, ProviderValues } from './types'

/** The `keyValues` kind through Custom Health: schema rules, the API mapping both ways, edits. */
const provider = getProvider('custom-health')
const scope = { accountId: 'acc' }

/** What the Manager would refuse or drop from a body (nothing, for a valid one). */
function contractProblems(info: ConnectorInfo) {
  const checked = checkContract('ConnectorInfo', info)
  if (!checked.success) return checked.errors
  expect(checked.data).toEqual(info) // nothing dropped as unknown
  return []
}
const plain = (key: string, value: string): KeyValueRow => ({
  key,
  value,
  encrypted: false,
  secretRef: '',
})
const secret = (key: string, secretRef: string): KeyValueRow => ({
  key,
  value: '',
  encrypted: true,
  secretRef,
})

function issues(headers: unknown, params: unknown = []) {
  const values = { ...sampleValues(provider), headers, params }
  const result = providerSchema(provider.id).safeParse(values)
  return (result.error?.issues ?? [])
    .filter((i) => i.path[0] === 'headers' || i.path[0] === 'params')
    .map((i) => [i.path.join('.'), i.message])
}

describe('keyValues rules', () => {
  it('accepts plain and secret rows, and no rows at all', () => {
    expect(issues([plain('Accept', 'application/json'), secret('X-Key', 'account.k')])).toEqual([])
    expect(issues([], [])).toEqual([])
  })

  it('asks for the name of every row, on its own input', () => {
    expect(issues([plain('', 'v'), plain('  ', 'w')])).toEqual([
      ['headers.0.key', messages.keyRequired('header')],
      ['headers.1.key', messages.keyRequired('header')],
    ])
  })

  it('refuses a repeated name: header names ignore case, query parameters do not', () => {
    expect(issues([plain('Accept', 'a'), plain('accept', 'b')])).toEqual([
      ['headers.1.key', messages.duplicateKey('header', 'accept')],
    ])
    expect(issues([], [plain('q', 'a'), plain('Q', 'b')])).toEqual([])
    expect(issues([], [plain('q', 'a'), plain('q', 'b')])).toEqual([
      ['params.1.key', messages.duplicateKey('query parameter', 'q')],
    ])
  })

  it('refuses header names HTTP does not allow', () => {
    const [[path, message]] = issues([plain('X Api Key', 'v')])
    expect(path).toBe('headers.0.key')
    expect(message).toMatch(/Header names use letters, digits and -/)
  })

  it('needs a value for a plain row and a secret for an encrypted one', () => {
    expect(issues([plain('A', ''), secret('B', '')])).toEqual([
      ['headers.0.value', messages.plainValueRequired('header')],
      ['headers.1.secretRef', messages.encryptedRefRequired('header')],
    ])
  })

  it('checks the secret reference like any other', () => {
    expect(issues([secret('A', 'project.k'), secret('B', 'bad ref')])).toEqual([
      ['headers.0.secretRef', messages.projectRef],
      ['headers.1.secretRef', messages.secretRef],
    ])
  })

  it('ignores the side a row does not use: a typed value kept behind a secret row is fine', () => {
    expect(issues([{ key: 'A', value: 'typed', encrypted: true, secretRef: 'account.k' }])).toEqual(
      [],
    )
    expect(issues([{ key: 'A', value: 'v', encrypted: false, secretRef: 'bad ref' }])).toEqual([])
  })
})

describe('keyValues API mapping', () => {
  it('sends a plain row as its value and an encrypted row as its ref only', () => {
    const rows = [
      plain('Accept', 'application/json'),
      { key: 'Authorization', value: 'typed before', encrypted: true, secretRef: 'account.tok' },
    ]
    expect(keyValuesToApi(rows)).toEqual([
      { key: 'Accept', value: 'application/json', valueEncrypted: false },
      { key: 'Authorization', encryptedValueRef: 'account.tok', valueEncrypted: true },
    ])
  })

  it('reads valueEncrypted, isValueEncrypted, or a lone ref', () => {
    expect(
      keyValuesFromApi([
        { key: 'a', encryptedValueRef: 'account.x', valueEncrypted: true },
        { key: 'b', encryptedValueRef: 'org.y', isValueEncrypted: true },
        { key: 'c', value: 'v', isValueEncrypted: false },
        { key: 'd', encryptedValueRef: 'z' },
        { key: 'e', value: 'w' },
      ]),
    ).toEqual([
      secret('a', 'account.x'),
      secret('b', 'org.y'),
      plain('c', 'v'),
      secret('d', 'z'),
      plain('e', 'w'),
    ])
  })

  it('always sends both arrays, filled or empty, and the body is one the API accepts', () => {
    const values = providerSchema(provider.id).parse({
      ...sampleValues(provider),
      headers: [secret('Authorization', 'account.tok')],
      params: [],
    })
    const info = toConnectorInfo(provider, values, scope)
    expect(info.spec.headers).toEqual([
      { key: 'Authorization', encryptedValueRef: 'account.tok', valueEncrypted: true },
    ])
    expect(info.spec.params).toEqual([])
    expect(contractProblems(info)).toEqual([])
    const empty = toConnectorInfo(
      provider,
      providerSchema(provider.id).parse({ ...sampleValues(provider), headers: [], params: [] }),
      scope,
    )
    expect(empty.spec).toMatchObject({ headers: [], params: [] })
  })

  it('round-trips: form → API → form gives the same rows', () => {
    const values = providerSchema(provider.id).parse(sampleValues(provider))
    const back = fromConnectorInfo(provider, toConnectorInfo(provider, values, scope))
    expect(back.headers).toEqual(values.headers)
    expect(back.params).toEqual(values.params)
  })
})

describe('editing the seeded Custom Health connector', () => {
  const seed = connectorSeeds.find((s) => s.type === 'CustomHealth')!
  const original: ConnectorInfo = connectorFromSeed(seed, 0, () => 0.5).response.connector
  const load = () => providerSchema(provider.id).parse(fromConnectorInfo(provider, original))

  it('loads the encrypted header with its secret picked', () => {
    expect(load().headers).toContainEqual(secret('DD-API-KEY', 'account.datadog_api_key'))
  })

  it('adding a header sends the old rows as they were plus the new one, and nothing else', () => {
    const values: ProviderValues = load()
    values.headers = [...(values.headers as KeyValueRow[]), secret('X-Extra', 'account.k')]
    const body = applyEdit(provider, values, scope, original)
    expect(body.spec.headers).toEqual([
      ...(original.spec.headers as unknown[]),
      { key: 'X-Extra', encryptedValueRef: 'account.k', valueEncrypted: true },
    ])
    expect({ ...body, spec: { ...body.spec, headers: original.spec.headers } }).toEqual(original)
  })

  it('removing every header sends an empty array, which the Manager expects', () => {
    const body = applyEdit(provider, { ...load(), headers: [] }, scope, original)
    expect(body.spec.headers).toEqual([])
    expect(contractProblems(body)).toEqual([])
  })
})
