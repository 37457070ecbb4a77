import { z } from 'zod'

/**
 * Classic zod, for forms (the API's schemas use `@/lib/zod-mini`, which loads with every page).
 * Import `z` from here, not from 'zod'. Zod 4 compiles object parsers with `new Function` unless
 * jitless is set, and decides when each schema is defined; the strict CSP forbids eval. Going
 * through this module guarantees the setting comes before any schema, whatever the bundler's
 * chunk order.
 */
z.config({ jitless: true })

export { z }
