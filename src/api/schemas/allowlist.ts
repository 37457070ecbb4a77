import { z } from '@/lib/zod-mini'

/** REFERENCE.md §8a ([DOC] only): Harness Cloud egress IPs. Free tier gets an empty list. */
export const ipAllowlistSchema = z.object({ ipAddresses: z.array(z.string()) })
export type IpAllowlist = z.infer<typeof ipAllowlistSchema>
