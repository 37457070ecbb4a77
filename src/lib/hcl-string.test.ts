/// <reference types="node" />
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { hclString, hclValue } from './hcl-string'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'

const TERRAFORM = '/usr/local/bin/terraform'

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

  // terraform itself is the oracle: the literal must evaluate back to the original string.
  it.skipIf(!existsSync(TERRAFORM))(
    'evaluates back to the original string in terraform',
    () => {
      const values = [...INJECTION_PAYLOADS, '$${x}', '%%{x}', '$$$', 'end$', 'end%']
      const dir = mkdtempSync(join(tmpdir(), 'hcl-'))
      const locals = values.map((v, i) => `  v${i} = ${hclString(v)}`).join('\n')
      writeFileSync(join(dir, 'main.tf'), `locals {\n${locals}\n}\n`)
      const expr = `jsonencode([${values.map((_, i) => `local.v${i}`).join(', ')}])`
      const result = spawnSync(TERRAFORM, ['console'], {
        cwd: dir,
        input: `${expr}\n`,
        encoding: 'utf8',
        env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' },
      })
      expect(result.stderr).toBe('')
      // console prints the JSON document as an HCL string literal, i.e. JSON-quoted again.
      expect(JSON.parse(JSON.parse(result.stdout.trim()) as string)).toEqual(values)
    },
    30_000,
  )
})
