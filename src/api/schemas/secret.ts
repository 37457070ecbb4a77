import { z } from '@/lib/zod-mini'

import { tagsSchema } from './common'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/** REFERENCE.md §7 (SecretResponseWrapper / SecretDTOV2). The value is never returned. */
export const secretTypeSchema = z.lazy(() =>
  z.enum(['SecretFile', 'SecretText', 'SSHKey', 'WinRmCredentials']),
)
export type SecretType = z.infer<typeof secretTypeSchema>

export const secretSchema = z.lazy(() =>
  z.object({
    type: secretTypeSchema,
    name: z.string(),
    identifier: z.string(),
    orgIdentifier: z.nullish(z.string()),
    projectIdentifier: z.nullish(z.string()),
    tags: z.nullish(tagsSchema),
    description: z.nullish(z.string()),
    spec: z.nullish(z.record(z.string(), z.unknown())),
  }),
)
export const secretResponseSchema = z.lazy(() =>
  z.object({
    secret: secretSchema,
    createdAt: z.nullish(z.number()),
    updatedAt: z.nullish(z.number()),
    draft: z.nullish(z.boolean()),
  }),
)
export type SecretResponse = z.infer<typeof secretResponseSchema>
