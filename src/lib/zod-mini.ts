import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

/**
 * The API's schemas use zod's tree-shakable `zod/mini`: every page needs them before it can show
 * data, and the classic API would bring all of zod with them (ADR 0003). Forms keep the classic API
 * (`@/lib/zod`), which loads with them. Both run jitless for the strict CSP (see `@/lib/zod`), and
 * both word their issues in English: a response that breaks the contract says what was wrong
 * ("expected string, received number"), not only "Invalid input".
 */
z.config({ jitless: true, ...en() })

export { z }
