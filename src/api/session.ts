/**
 * Who we are talking to the Manager as. In Manager mode the API key lives in sessionStorage only
 * (gone when the tab closes) and is sent only as `x-api-key` to our own origin's `/gateway`
 * proxy. In mock mode there is no key at all.
 */
const KEY = 'delegate-console:session'

export interface Session {
  accountId: string
  apiKey: string
}

export const MOCK_ACCOUNT_ID = 'px7xd_BFRCi-pfWPYXVjvw'

let current: Session | null = null

function isSession(value: unknown): value is Session {
  if (!value || typeof value !== 'object') return false
  const { accountId, apiKey } = value as Record<string, unknown>
  return (
    typeof accountId === 'string' &&
    accountId.length > 0 &&
    typeof apiKey === 'string' &&
    apiKey.length > 0
  )
}

export function loadSession(): Session | null {
  if (current) return current
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null')
    current = isSession(parsed) ? parsed : null
  } catch {
    current = null
  }
  return current
}

export function saveSession(session: Session) {
  if (!isSession(session)) throw new Error('A session needs an account identifier and an API key.')
  current = { accountId: session.accountId, apiKey: session.apiKey }
  sessionStorage.setItem(KEY, JSON.stringify(current))
}

export function clearSession() {
  current = null
  sessionStorage.removeItem(KEY)
}
