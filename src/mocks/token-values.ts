/**
 * Delegate token values, kept in memory only. The mock's localStorage copy never holds a token
 * value, so "the value is in no storage" is true in mock mode too. After a reload, tokens the mock
 * created earlier simply have no value to return, like a caller without delegate edit permission.
 */
const values = new Map<string, string>()

const keyOf = (owner: string | null | undefined, name: string) => `${owner ?? ''}/${name}`

export function setTokenValue(owner: string | null | undefined, name: string, value: string) {
  values.set(keyOf(owner, name), value)
}

export function getTokenValue(owner: string | null | undefined, name: string) {
  return values.get(keyOf(owner, name))
}

export function clearTokenValues() {
  values.clear()
}

/** Like the Manager: base64 of 32 random bytes ([SRC] encodeBase64(Misc.generateSecretKey())). */
export function generateTokenValue() {
  const bytes = new Uint8Array(32)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
