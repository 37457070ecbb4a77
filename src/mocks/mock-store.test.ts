import { CATEGORY_BY_TYPE } from '@/api/schemas/connector'
import { MOCK_ACCOUNT_ID } from '@/api/session'

import { db, resetDb, setPersistence, update } from './db'
import { toGroupDetails } from './delegates'
import { clearTokenValues, getTokenValue } from './token-values'

function memoryStorage() {
  const map = new Map<string, string>()
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  }
}

afterEach(() => {
  setPersistence(null)
  resetDb('default')
})

describe('the seeded account', () => {
  it('has 2 organizations, 3 projects, secrets at every scope', () => {
    resetDb('default')
    expect(db().organizations).toHaveLength(2)
    expect(db().projects).toHaveLength(3)
    const scopes = new Set(
      db().secrets.map(({ secret }) =>
        secret.projectIdentifier ? 'project' : secret.orgIdentifier ? 'org' : 'account',
      ),
    )
    expect(scopes).toEqual(new Set(['account', 'org', 'project']))
  })

  it('has 4 account tokens, one revoked', () => {
    const account = db().tokens.filter((t) => !t.ownerIdentifier)
    expect(account).toHaveLength(4)
    expect(account.filter((t) => t.status === 'REVOKED')).toHaveLength(1)
  })

  it('has delegate groups connected, partially connected, disconnected, and one on a revoked token', () => {
    const groups = db().delegateGroups.map((g) => toGroupDetails(g))
    expect(groups.map((g) => g.connectivityStatus).sort()).toEqual([
      'connected',
      'disconnected',
      'disconnected',
      'partially connected',
    ])
    expect(groups.filter((g) => g.tokenActive === false)).toHaveLength(1)
  })

  it('has about 25 connectors in all six console categories with mixed health', () => {
    const connectors = db().connectors.map((c) => c.response)
    expect(connectors.length).toBeGreaterThanOrEqual(24)
    const categories = new Set(connectors.map((c) => CATEGORY_BY_TYPE[c.connector.type]))
    expect(categories).toEqual(
      new Set([
        'CODE_REPO',
        'ARTIFACTORY',
        'CLOUD_PROVIDER',
        'SECRET_MANAGER',
        'MONITORING',
        'TICKETING',
        'COMMUNICATION',
      ]),
    )
    expect(new Set(connectors.map((c) => c.status?.status))).toEqual(
      new Set(['SUCCESS', 'FAILURE', 'PARTIAL', 'UNKNOWN']),
    )
    expect(connectors.every((c) => c.connector.accountIdentifier === MOCK_ACCOUNT_ID)).toBe(true)
  })

  it('can start empty (a new account) or large (5,000 connectors, 300 tokens)', () => {
    resetDb('empty')
    expect(db().connectors).toHaveLength(0)
    expect(db().tokens.map((t) => t.name)).toEqual(['default_token'])
    resetDb('large')
    expect(db().connectors).toHaveLength(5000)
    expect(db().tokens).toHaveLength(300)
  })
})

describe('persistence', () => {
  it('keeps what the user did across a reload, without any token value', () => {
    const storage = memoryStorage()
    setPersistence(storage)
    resetDb('default')
    update((d) => d.tokens.push({ name: 'added_by_user', status: 'ACTIVE', createdAt: 1 }))
    const stored = [...storage.map.values()].join('')
    expect(stored).toContain('added_by_user')
    for (const token of db().tokens) {
      const value = getTokenValue(token.ownerIdentifier, token.name)
      if (value) expect(stored).not.toContain(value)
    }
    setPersistence(storage) // a reload: state is read back from storage
    expect(db().tokens.some((t) => t.name === 'added_by_user')).toBe(true)
  })

  it('stores only the seed name for a db too large for localStorage, and regenerates it', () => {
    const storage = memoryStorage()
    setPersistence(storage)
    resetDb('large')
    expect([...storage.map.values()].join('').length).toBeLessThan(1000)
    setPersistence(storage)
    expect(db().connectors).toHaveLength(5000)
  })

  it('reset brings back the seeded account', () => {
    update((d) => (d.connectors = []))
    clearTokenValues()
    resetDb('default')
    expect(db().connectors.length).toBeGreaterThan(20)
  })
})

describe('token values', () => {
  it('a token keeps its value across a reload: the value generated is the one read later', async () => {
    const storage = memoryStorage()
    setPersistence(storage)
    resetDb('default')
    const created = await fetch(
      `http://localhost/gateway/ng/api/delegate-token-ng?accountIdentifier=${MOCK_ACCOUNT_ID}&tokenName=pasted_into_delegates`,
      { method: 'POST' },
    )
    const { resource } = (await created.json()) as { resource: { value: string } }
    const seeded = getTokenValue(undefined, 'default_token')
    expect([...storage.map.values()].join('')).not.toContain(resource.value)
    // A reload: the page's memory is gone, the db is read back from storage.
    clearTokenValues()
    setPersistence(storage)
    const listed = await fetch(
      `http://localhost/gateway/ng/api/delegate-token-ng?accountIdentifier=${MOCK_ACCOUNT_ID}&name=pasted_into_delegates`,
    )
    const body = (await listed.json()) as { resource: { value: string }[] }
    expect(body.resource[0].value).toBe(resource.value)
    expect(getTokenValue(undefined, 'default_token')).toBe(seeded)
  })

  it('gives different tokens different values', () => {
    const values = db().tokens.map((t) => getTokenValue(t.ownerIdentifier, t.name))
    const present = values.filter(Boolean)
    expect(new Set(present).size).toBe(present.length)
    expect(present[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/)
  })
})
