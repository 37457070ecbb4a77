import { spawnSync } from 'node:child_process'

import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { runSandboxed } from '@/test/shell-sandbox'

import { commentSafe, shellQuote } from './shell-quote'

describe('shellQuote', () => {
  it('wraps in single quotes and splices embedded quotes', () => {
    expect(shellQuote("it's")).toBe(`'it'"'"'s'`)
    expect(shellQuote('')).toBe("''")
  })

  it('round-trips every payload through bash as one literal argument', () => {
    const script = `docker ${INJECTION_PAYLOADS.map(shellQuote).join(' ')}\n`
    const run = runSandboxed(script)
    expect(run.stderr).toBe('')
    expect(run.canaries).toEqual([])
    expect(run.calls).toEqual([['docker', ...INJECTION_PAYLOADS]])
  })

  it('round-trips hostile values through bash as one literal argument', () => {
    for (const value of ["it's", '$(id)', '`id`', 'a\nb', '${HOME}', "' ; id ; '", '']) {
      const run = spawnSync('bash', ['-c', `printf '%s' ${shellQuote(value)}`], {
        encoding: 'utf8',
      })
      expect(run.stdout).toBe(value)
    }
  })
})

describe('commentSafe', () => {
  it('keeps text on one line so it cannot leave a comment', () => {
    expect(commentSafe('a\nb\r\nc\u2028d\u0085e')).toBe('a b c d e')
    expect(commentSafe('plain text')).toBe('plain text')
  })
})
