import fc from 'fast-check'

import { fieldSchema, messages } from './to-zod'
import type { ProviderField } from './types'

const portField: ProviderField = {
  name: 'port',
  path: 'port',
  kind: 'port',
  label: 'Port',
  required: true,
}
const hostField: ProviderField = {
  name: 'host',
  path: 'host',
  kind: 'host',
  label: 'Host',
  required: true,
}

const messagesOf = (field: ProviderField, value: unknown) =>
  fieldSchema(field)
    .safeParse(value)
    .error?.issues.map((i) => i.message) ?? []

describe('port and host fields', () => {
  it('accept integers 1..65535, as numbers or strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), fc.boolean(), (port, asString) => {
        expect(fieldSchema(portField).safeParse(asString ? String(port) : port).success).toBe(true)
      }),
    )
  })

  it('reject 0, 65536, negatives and non-integers with a port message', () => {
    const bad = fc.oneof(
      fc.constantFrom(0, 65536),
      fc.integer({ max: 0 }),
      fc.integer({ min: 65536 }),
      fc.double({ min: 1.1, max: 65534.9, noNaN: true }).filter((n) => !Number.isInteger(n)),
    )
    fc.assert(
      fc.property(bad, (port) => {
        const found = messagesOf(portField, port)
        expect(found.some((m) => m === messages.port || m === messages.wholeNumber)).toBe(true)
      }),
    )
  })

  it('says a missing required port is required', () => {
    expect(messagesOf(portField, '')).toEqual(['Port is required'])
  })

  it('accept host names and reject URLs', () => {
    expect(fieldSchema(hostField).safeParse('ldap.example.com').success).toBe(true)
    expect(fieldSchema(hostField).safeParse('10.0.0.1').success).toBe(true)
    for (const bad of ['https://ldap.example.com', 'ldap.example.com:389', 'a b']) {
      expect(messagesOf(hostField, bad)).toEqual([messages.host])
    }
  })
})
