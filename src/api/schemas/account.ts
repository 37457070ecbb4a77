import { z } from '@/lib/zod-mini'

// Built on first use (z.lazy): see src/lib/zod-mini.ts.

/**
 * The account the key belongs to: its name and cluster, for the sidebar. [INF] Not in REFERENCE.md;
 * the fields are Harness's client's `Account` (GET /ng/api/accounts/{accountIdentifier}).
 */
export const accountSchema = z.lazy(() =>
  z.object({
    identifier: z.nullish(z.string()),
    name: z.nullish(z.string()),
    companyName: z.nullish(z.string()),
    cluster: z.nullish(z.string()),
  }),
)
export type Account = z.infer<typeof accountSchema>

/**
 * Whom the API key belongs to. [INF] Harness's client's `UserInfo` (GET /ng/api/user/currentUser);
 * a service account's key has no user, and the Manager answers with an error there.
 */
export const userInfoSchema = z.lazy(() =>
  z.object({
    uuid: z.nullish(z.string()),
    name: z.nullish(z.string()),
    email: z.nullish(z.string()),
  }),
)
export type UserInfo = z.infer<typeof userInfoSchema>
