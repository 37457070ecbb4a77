import type { SecretResponse, SecretType } from '@/api/schemas/secret'

import { choicesFor, hiddenSummary, matchesTerm, secretRef } from './secret-kinds'

const secret = (identifier: string, type: SecretType, orgIdentifier?: string): SecretResponse => ({
  secret: { type, name: identifier.replace(/_/g, ' '), identifier, orgIdentifier },
})
const all = [
  secret('github_pat', 'SecretText'),
  secret('gcp_key', 'SecretFile'),
  secret('deploy_key', 'SSHKey', 'default'),
  secret('win_admin', 'WinRmCredentials'),
]

describe('choicesFor', () => {
  it('offers only the secrets of the type the field takes, and says why each other is hidden', () => {
    const { offered, hidden } = choicesFor(all, 'SecretFile')
    expect(offered.map(secretRef)).toEqual(['account.gcp_key'])
    expect(hidden.map((h) => [secretRef(h.secret), h.reason])).toEqual([
      ['account.github_pat', 'a text secret'],
      ['org.deploy_key', 'an SSH key'],
      ['account.win_admin', 'a WinRM credential'],
    ])
    expect(choicesFor(all, 'SSHKey').offered.map(secretRef)).toEqual(['org.deploy_key'])
    expect(choicesFor(all, 'SecretText').hidden).toHaveLength(3)
  })

  it('offers every secret to a field that declares no type', () => {
    expect(choicesFor(all).offered).toHaveLength(4)
    expect(choicesFor(all).hidden).toEqual([])
  })
})

describe('hiddenSummary', () => {
  it('counts and names the type the field takes', () => {
    expect(hiddenSummary(3, 'SecretFile')).toBe('3 secrets hidden: not a file secret')
    expect(hiddenSummary(1, 'SSHKey')).toBe('1 secret hidden: not an SSH key')
    expect(hiddenSummary(2, 'SecretText')).toBe('2 secrets hidden: not a text secret')
  })
})

describe('matchesTerm', () => {
  it('matches name, identifier or ref, ignoring case', () => {
    const s = secret('gcp_key', 'SecretFile')
    expect(['GCP', 'gcp_k', 'account.gcp', ''].every((t) => matchesTerm(s, t))).toBe(true)
    expect(matchesTerm(s, 'github')).toBe(false)
  })
})
