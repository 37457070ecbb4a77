/**
 * MSW keeps a cookie jar for handlers that set cookies, built on tough-cookie, which brings the
 * public-suffix list (tldts): about half of the embedded mock's weight. The mock Manager never sets
 * or reads a cookie (the only credential is the `x-api-key` header, REFERENCE §1), so the browser
 * build resolves `tough-cookie` to this empty jar (vite.config.ts). Vitest and the HTTP stand-in
 * run MSW in Node, which uses the real package. Covers exactly what MSW 3 calls: `new CookieJar`,
 * `getCookiesSync`, `setCookie`, `new MemoryCookieStore` and its `idx`, `Cookie.fromJSON`.
 */
export class Cookie {
  key = ''
  value = ''
  static fromJSON(): Cookie | null {
    return null
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {}
}

export class CookieJar {
  constructor(readonly store?: MemoryCookieStore) {}

  getCookiesSync(): Cookie[] {
    return []
  }

  setCookie(): Promise<undefined> {
    return Promise.resolve(undefined)
  }
}
