// @vitest-environment node
import { shellQuote, validateDelegateName, validateTag, validateTags } from './quote'
import { INJECTION_PAYLOADS } from './testing/fixtures'
import { runSandboxed } from './testing/sandbox'

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
})

describe('validateDelegateName', () => {
  it.each(['a', 'prod-delegate', 'k8s-01', '0abc', 'a'.repeat(63)])('accepts %s', (name) => {
    expect(validateDelegateName(name)).toBeUndefined()
  })

  it.each([
    ['', /enter a delegate name/i],
    ['Prod-Delegate', /lowercase/i],
    ['prod_delegate', /only lowercase letters, digits and '-' \("_" is not allowed\)/],
    ['a'.repeat(64), /at most 63 characters \(this name has 64\)/],
    ['-prod', /start the name/i],
    ['prod-', /end the name/i],
    ['my delegate', /" " is not allowed/],
    ['x"; rm -rf ~ #', /not allowed/],
  ])('rejects %j', (name, message) => {
    expect(validateDelegateName(name)).toMatch(message)
  })
})

describe('validateTags', () => {
  it('accepts ordinary tags', () => {
    expect(validateTags(['k8s', 'prod-eu', 'team:payments'])).toBeUndefined()
  })

  it.each([
    [[''], /cannot be empty/],
    [[' k8s'], /spaces/],
    [['a,b'], /comma/],
    [['a\nb'], /line breaks/],
    [['k8s', 'k8s'], /listed twice/],
  ])('rejects %j', (tags, message) => {
    expect(validateTags(tags)).toMatch(message)
  })

  it('reports the first invalid tag', () => {
    expect(validateTag('ok')).toBeUndefined()
    expect(validateTags(['ok', 'bad,tag'])).toMatch(/"bad,tag"/)
  })
})
