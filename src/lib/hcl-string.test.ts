import { hclString, hclValue } from './hcl-string'
import { literal, parseHcl } from '@/test/hcl'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'

describe('hclString', () => {
  it('escapes quotes, backslashes, line breaks and template openers', () => {
    expect(hclString('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(hclString('l1\nl2\r\t')).toBe('"l1\\nl2\\r\\t"')
    expect(hclString('${HOME} %{ if x }')).toBe('"$${HOME} %%{ if x }"')
    expect(hclString('$5 100% {x}')).toBe('"$5 100% {x}"')
    expect(hclString('\u0001')).toBe('"\\u0001"')
  })

  it('renders numbers and booleans bare', () => {
    expect(hclValue(2)).toBe('2')
    expect(hclValue(true)).toBe('true')
    expect(() => hclValue(Number.NaN)).toThrow(RangeError)
  })

  // HashiCorp's HCL parser is the oracle: each literal must read back as the original string.
  it('reads back as the original string in HashiCorp’s parser', async () => {
    const values = [...INJECTION_PAYLOADS, '$${x}', '%%{x}', '$$$', 'end$', 'end%', '$', '%']
    const locals = values.map((v, i) => `  v${i} = ${hclString(v)}`).join('\n')
    const hcl = await parseHcl(`locals {\n${locals}\n}\n`)
    const [parsed] = hcl.locals as Record<string, string>[]
    expect(values.map((_, i) => literal(parsed[`v${i}`]))).toEqual(values)
  })

  it('is caught by the oracle when a value is not escaped', async () => {
    const hcl = await parseHcl('locals {\n  v = "${HOME}"\n}\n')
    const [parsed] = hcl.locals as Record<string, string>[]
    expect(() => literal(parsed.v)).toThrow(/interpolation/)
  })
})
