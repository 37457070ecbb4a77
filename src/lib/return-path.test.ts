import { safeReturnPath } from './return-path'

const ORIGIN = 'https://console.example.com'

describe('safeReturnPath', () => {
  it.each([
    ['/connectors?org=default', '/connectors?org=default'],
    ['/delegates/tokens#new', '/delegates/tokens#new'],
    [`${ORIGIN}/network`, '/network'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps the same-origin path %j', (next, path) => {
    expect(safeReturnPath(next, ORIGIN)).toBe(path)
  })

  it.each([
    null,
    '',
    '//evil.example/x',
    '/\\evil.example/x',
    '/\\/evil.example/x',
    '\\\\evil.example/x',
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    ' //evil.example/x',
    '/.//evil.example/x',
    'https://evil.example/x',
    'javascript:alert(1)',
    'http://console.example.com/x',
    'https://console.example.com:8443/x',
  ])('sends %j to the home page', (next) => {
    expect(safeReturnPath(next, ORIGIN)).toBe('/')
  })

  it('reads what URLSearchParams decoded: %09 arrives as a tab', () => {
    const next = new URLSearchParams('next=/%09/evil.example/x').get('next')
    expect(safeReturnPath(next, ORIGIN)).toBe('/')
  })
})
