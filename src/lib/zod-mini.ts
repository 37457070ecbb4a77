import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

/**
 * The API's schemas use zod's tree-shakable `zod/mini`: every page needs them before it can show
 * data, and the classic API would bring all of zod with them (ADR 0003). Forms keep the classic API
 * (`@/lib/zod`), which loads with them. Both run jitless for the strict CSP (see `@/lib/zod`), and
 * both word their issues in English: a response that breaks the contract says what was wrong
 * ("expected string, received number"), not only "Invalid input".
 *
 * Every schema in src/api/schemas is wrapped in `z.lazy`, so it is built the first time something
 * parses with it: building them all as the API chunk loads was one task of about 25 ms on this
 * machine (100 ms on Lighthouse's slow phone), before any page could use it.
 */
z.config({ jitless: true, ...en() })

export { z }
