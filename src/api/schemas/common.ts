import { z } from '@/lib/zod'

/**
 * Shapes shared by every NG endpoint. Source: shared/harness-api/REFERENCE.md §1–2
 * ([SRC] ResponseDTO.java, RestResponse.java, FailureDTO.java, ErrorDTO.java, PageResponse.java).
 * Schemas are loose on purpose (unknown keys pass through): the Manager adds fields over time.
 */
export const envelopeStatusSchema = z.enum(['SUCCESS', 'FAILURE', 'ERROR'])

export const responseDtoSchema = <T extends z.ZodType>(data: T) =>
  z.object({
    status: envelopeStatusSchema,
    data,
    metaData: z.unknown().optional(),
    correlationId: z.string().nullish(),
  })

export const responseMessageSchema = z.object({
  code: z.string().nullish(),
  level: z.string().nullish(),
  message: z.string().nullish(),
})

export const restResponseSchema = <T extends z.ZodType>(resource: T) =>
  z.object({
    metaData: z.unknown().optional(),
    resource,
    responseMessages: z.array(responseMessageSchema).nullish(),
  })

export const fieldErrorSchema = z.object({ fieldId: z.string(), error: z.string() })
export type FieldError = z.infer<typeof fieldErrorSchema>

/** `Failure` (validation) and `Error` (exception) bodies; told apart by `status`. */
export const errorBodySchema = z.object({
  status: z.enum(['FAILURE', 'ERROR']),
  code: z.string().nullish(),
  message: z.string().nullish(),
  correlationId: z.string().nullish(),
  detailedMessage: z.string().nullish(),
  errors: z.array(fieldErrorSchema).nullish(),
  responseMessages: z.array(responseMessageSchema).nullish(),
})
export type ErrorBody = z.infer<typeof errorBodySchema>

export const pageResponseSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    totalPages: z.number(),
    totalItems: z.number(),
    pageItemCount: z.number(),
    pageSize: z.number(),
    content: z.array(item),
    pageIndex: z.number(),
    empty: z.boolean(),
    pageToken: z.string().nullish(),
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

export const tagsSchema = z.record(z.string(), z.string())

/** Entity identifier rule ([SPEC-V1] pattern; [SRC] @EntityIdentifier). */
export const IDENTIFIER_PATTERN = /^[a-zA-Z_][0-9a-zA-Z_$]{0,127}$/
