import { paths } from './paths'

/**
 * The page to open after sign-in, from the `next` search parameter: only a path of the console's
 * own origin, else the home page (no open redirect). `next` is resolved the way the browser reads
 * a URL, so `/\evil.example/x`, `/\/evil.example/x` and `/%09/evil.example/x` (a tab, dropped by
 * the URL parser) come out as `//evil.example/…` and are refused, instead of reaching the router,
 * which refuses to leave the origin with an error and would leave the admin unable to sign in.
 */
export function safeReturnPath(next: string | null, origin: string = window.location.origin) {
  if (!next) return paths.home
  try {
    const url = new URL(next, origin)
    const path = `${url.pathname}${url.search}${url.hash}`
    // `/.//evil.example` normalises to the path `//evil.example`, which reads as another host again.
    if (url.origin !== origin || new URL(path, origin).origin !== origin) return paths.home
    return path
  } catch {
    return paths.home
  }
}
