import { z } from '@/lib/zod-mini'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/** REFERENCE.md §8a ([DOC] only): Harness Cloud egress IPs. Free tier gets an empty list. */
export const ipAllowlistSchema = z.lazy(() => z.object({ ipAddresses: z.array(z.string()) }))
export type IpAllowlist = z.infer<typeof ipAllowlistSchema>
