import { z } from '@/lib/zod'

import { tagsSchema } from './common'

/** REFERENCE.md §7: organizations and projects, used by the scope switcher. */
export const organizationSchema = z.object({
  identifier: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  tags: tagsSchema.nullish(),
})
export const organizationResponseSchema = z.object({
  organization: organizationSchema,
  createdAt: z.number().nullish(),
  lastModifiedAt: z.number().nullish(),
  harnessManaged: z.boolean().nullish(),
})
export type OrganizationResponse = z.infer<typeof organizationResponseSchema>

export const projectSchema = z.object({
  orgIdentifier: z.string().nullish(),
  identifier: z.string(),
  name: z.string(),
  color: z.string().nullish(),
  modules: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  tags: tagsSchema.nullish(),
})
export const projectResponseSchema = z.object({
  project: projectSchema,
  createdAt: z.number().nullish(),
  lastModifiedAt: z.number().nullish(),
  isFavorite: z.boolean().nullish(),
})
export type ProjectResponse = z.infer<typeof projectResponseSchema>
