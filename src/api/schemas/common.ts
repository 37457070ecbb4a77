import { z } from '@/lib/zod-mini'

// Each schema is built on first use (z.lazy): see src/lib/zod-mini.ts.

/**
 * Shapes shared by every NG endpoint. Source: shared/harness-api/REFERENCE.md §1–2
 * ([SRC] ResponseDTO.java, RestResponse.java, FailureDTO.java, ErrorDTO.java, PageResponse.java).
 * Schemas are loose on purpose (unknown keys pass through): the Manager adds fields over time.
 */
export const envelopeStatusSchema = z.lazy(() => z.enum(['SUCCESS', 'FAILURE', 'ERROR']))

export const responseDtoSchema = <T extends z.ZodMiniType>(data: T) =>
  z.object({
    status: envelopeStatusSchema,
    data,
    metaData: z.optional(z.unknown()),
    correlationId: z.nullish(z.string()),
  })

export const responseMessageSchema = z.lazy(() =>
  z.object({
    code: z.nullish(z.string()),
    level: z.nullish(z.string()),
    message: z.nullish(z.string()),
  }),
)

export const restResponseSchema = <T extends z.ZodMiniType>(resource: T) =>
  z.object({
    metaData: z.optional(z.unknown()),
    resource,
    responseMessages: z.nullish(z.array(responseMessageSchema)),
  })

export const fieldErrorSchema = z.lazy(() => z.object({ fieldId: z.string(), error: z.string() }))
export type FieldError = z.infer<typeof fieldErrorSchema>

/** `Failure` (validation) and `Error` (exception) bodies; told apart by `status`. */
export const errorBodySchema = z.lazy(() =>
  z.object({
    status: z.enum(['FAILURE', 'ERROR']),
    code: z.nullish(z.string()),
    message: z.nullish(z.string()),
    correlationId: z.nullish(z.string()),
    detailedMessage: z.nullish(z.string()),
    errors: z.nullish(z.array(fieldErrorSchema)),
    responseMessages: z.nullish(z.array(responseMessageSchema)),
  }),
)
export type ErrorBody = z.infer<typeof errorBodySchema>

export const pageResponseSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    totalPages: z.number(),
    totalItems: z.number(),
    pageItemCount: z.number(),
    pageSize: z.number(),
    content: z.array(item),
    pageIndex: z.number(),
    empty: z.boolean(),
    pageToken: z.nullish(z.string()),
  })
export type PageResponse<T> = {
  totalPages: number
  totalItems: number
  pageItemCount: number
  pageSize: number
  content: T[]
  pageIndex: number
  empty: boolean
  pageToken?: string | null
}

export const tagsSchema = z.lazy(() => z.record(z.string(), z.string()))

/** Entity identifier rule ([SPEC-V1] pattern; [SRC] @EntityIdentifier). */
export const IDENTIFIER_PATTERN = /^[a-zA-Z_][0-9a-zA-Z_$]{0,127}$/
