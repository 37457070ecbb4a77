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

/**
 * The browser's first contentful paint, when it reports paint timing. `shellPainted` alone is not
 * enough: a commit is not yet a frame on screen, and work started between the two competes with it.
 */
function firstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (
      typeof PerformanceObserver === 'undefined' ||
      !PerformanceObserver.supportedEntryTypes?.includes('paint')
    )
      return resolve()
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      resolve()
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}

/** How long to wait for a paint that may never come. */
const FIRST_PAINT_FALLBACK_MS = 3000
let firstPaint: Promise<void> | null = null

/**
 * Resolves once the first page is on screen: after `shellPainted` and the browser's first
 * contentful paint, then a task. A fallback timer covers a page that never mounts the shell and a
 * tab that never paints (opened in the background).
 */
export function afterFirstPaint(): Promise<void> {
  firstPaint ??= Promise.race([
    paintedOnce.then(firstContentfulPaint),
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAINT_FALLBACK_MS)),
  ]).then(nextTask)
  return firstPaint
}

/** A new task: lets the browser paint and handle input between two pieces of start-up work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
