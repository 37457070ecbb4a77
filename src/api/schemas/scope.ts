import { z } from '@/lib/zod-mini'

import { tagsSchema } from './common'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/** REFERENCE.md §7: organizations and projects, used by the scope switcher. */
export const organizationSchema = z.lazy(() =>
  z.object({
    identifier: z.string(),
    name: z.string(),
    description: z.nullish(z.string()),
    tags: z.nullish(tagsSchema),
  }),
)
export const organizationResponseSchema = z.lazy(() =>
  z.object({
    organization: organizationSchema,
    createdAt: z.nullish(z.number()),
    lastModifiedAt: z.nullish(z.number()),
    harnessManaged: z.nullish(z.boolean()),
  }),
)
export type OrganizationResponse = z.infer<typeof organizationResponseSchema>

export const projectSchema = z.lazy(() =>
  z.object({
    orgIdentifier: z.nullish(z.string()),
    identifier: z.string(),
    name: z.string(),
    color: z.nullish(z.string()),
    modules: z.nullish(z.array(z.string())),
    description: z.nullish(z.string()),
    tags: z.nullish(tagsSchema),
  }),
)
export const projectResponseSchema = z.lazy(() =>
  z.object({
    project: projectSchema,
    createdAt: z.nullish(z.number()),
    lastModifiedAt: z.nullish(z.number()),
    isFavorite: z.nullish(z.boolean()),
  }),
)
export type ProjectResponse = z.infer<typeof projectResponseSchema>
