/**
 * Requests wait for the backend before they leave. In Manager mode that is `/config.json`; in mock
 * mode it is also the embedded MSW Manager, which is large and needed by nothing on the first
 * paint, so it starts only once the first page has painted (`shellPainted`, or a fallback timer
 * for a page that never mounts the shell).
 */
let ready: Promise<void> = Promise.resolve()
let painted: (() => void) | null = null
const paintedOnce = new Promise<void>((resolve) => (painted = resolve))

export function setBackendReady(promise: Promise<void>) {
  ready = promise
}

export function whenBackendReady() {
  return ready
}

/** The shell calls this after its first commit; idempotent. */
export function shellPainted() {
  painted?.()
  painted = null
}

/** Resolves after the first page's paint: after `shellPainted`, one frame, and a task. */
export function afterFirstPaint(fallbackMs = 3000): Promise<void> {
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))
  return Promise.race([paintedOnce, fallback]).then(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          setTimeout(resolve, 0)
        }),
      ),
  )
}
