import { validateDelegateName, validateTag, validateTags } from './names'

describe('validateDelegateName', () => {
  it.each(['a', 'prod-delegate', 'k8s-01', '0abc', 'a'.repeat(63)])('accepts %s', (name) => {
    expect(validateDelegateName(name)).toBeUndefined()
  })

  it.each([
    ['', /enter a delegate name/i],
    ['Prod-Delegate', /lowercase/i],
    ['prod_delegate', "Use only lowercase letters, digits and '-': '_' is not allowed."],
    ['a'.repeat(64), /at most 63 characters \(this name has 64\)/],
    ['-prod', /start the name/i],
    ['prod-', /end the name/i],
    ['my delegate', "Use only lowercase letters, digits and '-': a space is not allowed."],
    ['edge"1', "Use only lowercase letters, digits and '-': '\"' is not allowed."],
    ["edge'1", "Use only lowercase letters, digits and '-': \"'\" is not allowed."],
    [
      'edge\u200b1',
      "Use only lowercase letters, digits and '-': the invisible character U+200B is not allowed.",
    ],
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
