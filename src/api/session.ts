import { z } from '@/lib/zod'

/**
 * Who we are talking to the Manager as. In Manager mode the API key lives in sessionStorage only
 * (gone when the tab closes) and is sent only as `x-api-key` to our own origin's `/gateway`
 * proxy. In mock mode there is no key at all.
 */
const KEY = 'delegate-console:session'

const sessionSchema = z.object({ accountId: z.string().min(1), apiKey: z.string().min(1) })
export type Session = z.infer<typeof sessionSchema>

export const MOCK_ACCOUNT_ID = 'px7xd_BFRCi-pfWPYXVjvw'

let current: Session | null = null

export function loadSession(): Session | null {
  if (current) return current
  try {
    const raw = sessionStorage.getItem(KEY)
    const parsed = raw ? sessionSchema.safeParse(JSON.parse(raw)) : null
    current = parsed?.success ? parsed.data : null
  } catch {
    current = null
  }
  return current
}

export function saveSession(session: Session) {
  current = sessionSchema.parse(session)
  sessionStorage.setItem(KEY, JSON.stringify(current))
}

export function clearSession() {
  current = null
  sessionStorage.removeItem(KEY)
}
