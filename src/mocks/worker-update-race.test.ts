// @vitest-environment jsdom
import { ignoreWorkerUpdateRace, isWorkerUpdateRace } from './worker-update-race'

const url = 'http://localhost:4173/mockServiceWorker.js'
const race = new TypeError(
  `Failed to update a ServiceWorker for scope ('http://localhost:4173/') with script ('${url}'): Not found`,
)

describe('the mock worker update race', () => {
  it('is told from every other rejection', () => {
    expect(isWorkerUpdateRace(race, url)).toBe(true)
    // Another script, another failure, or not an error at all: these still surface.
    expect(
      isWorkerUpdateRace(new TypeError(race.message.replace(url, 'http://x/sw.js')), url),
    ).toBe(false)
    expect(
      isWorkerUpdateRace(
        new TypeError(
          `Failed to update a ServiceWorker for scope ('/') with script ('${url}'): An unknown error occurred when fetching the script.`,
        ),
        url,
      ),
    ).toBe(false)
    expect(isWorkerUpdateRace(new Error('Not found'), url)).toBe(false)
    expect(isWorkerUpdateRace(race.message, url)).toBe(false)
  })

  it('is kept out of the console, and nothing else is', () => {
    const remove = ignoreWorkerUpdateRace('/mockServiceWorker.js')
    const fire = (reason: unknown) => {
      const event = new Event('unhandledrejection', { cancelable: true }) as PromiseRejectionEvent
      Object.defineProperty(event, 'reason', { value: reason })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    const here = new URL('/mockServiceWorker.js', window.location.href).href
    expect(fire(new TypeError(race.message.replace(url, here)))).toBe(true)
    expect(fire(new Error('boom'))).toBe(false)
    remove()
    expect(fire(new TypeError(race.message.replace(url, here)))).toBe(false)
  })
})
