type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler = () => {}

/**
 * The shell registers what a 401 does (back to sign-in, then back to the page). A module of its
 * own, so the shell can register it without loading React Query's client (query-client.ts).
 */
export function setUnauthorizedHandler(handler: UnauthorizedHandler) {
  onUnauthorized = handler
}

export function unauthorized() {
  onUnauthorized()
}
