/**
 * Requests wait for the backend before they leave: in mock mode the MSW worker starts while the
 * shell paints (it is large, and nothing on the first paint needs data), in Manager mode this is
 * already resolved.
 */
let ready: Promise<void> = Promise.resolve()

export function setBackendReady(promise: Promise<void>) {
  ready = promise
}

export function whenBackendReady() {
  return ready
}
