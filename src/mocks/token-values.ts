/**
 * Delegate token values, kept in memory only. The mock's localStorage copy never holds a token
 * value, so "the value is in no storage" is true in mock mode too. After a reload the value is
 * derived again from the token's record ({@link tokenValueOf}), so it stays the same for its life.
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

/** What a value is derived from: fields the mock keeps for the token's whole life. */
export interface TokenIdentity {
  uuid?: string | null
  accountId?: string | null
  ownerIdentifier?: string | null
  name: string
  createdAt?: number | null
}

/** cyrb128: four 32-bit hashes of a string, the seed of {@link sfc32}. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

/** sfc32: a small PRNG; one 32-bit number per call. */
function sfc32([a, b, c, d]: [number, number, number, number]) {
  return () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
}

/**
 * A token's value, shaped like the Manager's (base64 of 32 bytes, [SRC]
 * encodeBase64(Misc.generateSecretKey())), derived from the token's own record (uuid, owner, name,
 * creation time). The Manager keeps one value for a token's life; the mock cannot keep it in
 * storage (see above), so it derives the same value again after a reload instead of minting a new
 * one that would no longer match the delegates it was pasted into. Demo values, not secrets.
 */
export function tokenValueOf(token: TokenIdentity): string {
  const next = sfc32(
    cyrb128(
      [token.accountId, token.ownerIdentifier, token.name, token.createdAt, token.uuid].join(
        '\u0000',
      ),
    ),
  )
  const bytes = new Uint8Array(32)
  for (let i = 0; i < 32; i += 4) new DataView(bytes.buffer).setUint32(i, next())
  return btoa(String.fromCharCode(...bytes))
}
