import { buildDockerCompose } from './docker'
import { buildHelmValues } from './helm'
import { buildKubernetesManifest } from './kubernetes'
import { makeConfig } from './testing/fixtures'
import { tokenStateOf } from './token-in-file'
import { TOKEN_PLACEHOLDER } from './types'

const builders = {
  kubernetes: buildKubernetesManifest,
  helm: buildHelmValues,
  docker: buildDockerCompose,
}

describe('tokenStateOf', () => {
  for (const [type, build] of Object.entries(builders))
    it(`reads the token field of the ${type} file, not its header comment`, () => {
      const filled = build(makeConfig({ type: type as 'helm' })).content
      // Every file's header names the placeholder, even when the token is filled in.
      expect(filled).toContain(TOKEN_PLACEHOLDER)
      expect(tokenStateOf(filled)).toBe('filled')
      const empty = build(makeConfig({ type: type as 'helm', token: { name: 't', value: null } }))
      expect(tokenStateOf(empty.content)).toBe('placeholder')
    })

  it("reads the Manager's own layouts: a base64 Secret, compose KEY=value strings", () => {
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  DELEGATE_TOKEN: ${btoa('abc')}\n`
    expect(tokenStateOf(secret)).toBe('filled')
    const compose = `services:\n  harness-ng-delegate:\n    environment:\n      - ACCOUNT_ID=a\n      - DELEGATE_TOKEN=${TOKEN_PLACEHOLDER}\n`
    expect(tokenStateOf(compose)).toBe('placeholder')
  })

  it('says missing when there is no token field or the file does not parse', () => {
    expect(tokenStateOf('kind: ConfigMap\ndata: {}\n')).toBe('missing')
    expect(tokenStateOf('{ not: [yaml')).toBe('missing')
  })
})
