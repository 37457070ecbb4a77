/**
 * MSW (3.0.5, `getWorkerInstance`) calls `registration.update()` on an existing worker without
 * awaiting or catching it. On a reload the closing page tells the worker it has gone, and a
 * worker left with no page unregisters itself (public/mockServiceWorker.js, CLIENT_CLOSE); the new
 * page can still find that registration, and its update then rejects with "Not found". Nothing is
 * lost: the page goes on with the worker it found. This tells that one rejection from the rest,
 * which still surface.
 */
export function isWorkerUpdateRace(reason: unknown, workerUrl: string): boolean {
  if (!(reason instanceof Error) && !(reason instanceof DOMException)) return false
  return (
    reason.message.startsWith('Failed to update a ServiceWorker') &&
    reason.message.includes(`'${workerUrl}'`) &&
    reason.message.endsWith('Not found')
  )
}

/** Keeps that rejection out of the console (it is handled, as above); returns the remover. */
export function ignoreWorkerUpdateRace(workerUrl: string) {
  const absolute = new URL(workerUrl, window.location.href).href
  const listener = (event: PromiseRejectionEvent) => {
    if (isWorkerUpdateRace(event.reason, absolute)) event.preventDefault()
  }
  window.addEventListener('unhandledrejection', listener)
  return () => window.removeEventListener('unhandledrejection', listener)
}
