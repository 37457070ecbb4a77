import { z } from '@/lib/zod'

import { tagsSchema } from './common'

/** REFERENCE.md §7 (SecretResponseWrapper / SecretDTOV2). The value is never returned. */
export const secretTypeSchema = z.enum(['SecretFile', 'SecretText', 'SSHKey', 'WinRmCredentials'])
export type SecretType = z.infer<typeof secretTypeSchema>

export const secretSchema = z.object({
  type: secretTypeSchema,
  name: z.string(),
  identifier: z.string(),
  orgIdentifier: z.string().nullish(),
  projectIdentifier: z.string().nullish(),
  tags: tagsSchema.nullish(),
  description: z.string().nullish(),
  spec: z.record(z.string(), z.unknown()).nullish(),
})
export const secretResponseSchema = z.object({
  secret: secretSchema,
  createdAt: z.number().nullish(),
  updatedAt: z.number().nullish(),
  draft: z.boolean().nullish(),
})
export type SecretResponse = z.infer<typeof secretResponseSchema>
