import { passthrough, RequestHandler } from 'msw'

import { GATEWAY } from '@/api/client'

/**
 * The console's own files (lazy chunks, stylesheets, `/config.json`, the icon) go to the network
 * before any Manager handler looks at them. Once active, the worker hands the page every request
 * it makes, and each HTTP handler MSW tries reads `document.cookie` first (a round trip to the
 * browser process): a chunk that loaded after the mock started went through all forty of them on
 * the page's main thread. The browser worker only; in Node nothing else is intercepted.
 */
class OwnFiles extends RequestHandler {
  constructor() {
    super({ info: { header: "the console's own files" }, resolver: () => passthrough() })
  }

  predicate({ request }: { request: Request }) {
    return !new URL(request.url).pathname.startsWith(`${GATEWAY}/`)
  }

  log() {}
}

export const ownFiles = new OwnFiles()
