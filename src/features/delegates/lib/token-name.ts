import { z } from '@/lib/zod'

/**
 * [INF] The Manager documents no rule for token names beyond "required" (REFERENCE.md §3). We
 * check what delegates and YAML handle safely: letters, digits, `_`, `-` and `.`, at most 128
 * characters, so a bad name is caught at the field instead of by a 400 after the request.
 */
export const TOKEN_NAME_MAX = 128

export const tokenNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name for the token.')
  .max(TOKEN_NAME_MAX, `Use at most ${TOKEN_NAME_MAX} characters.`)
  .regex(
    /^[A-Za-z0-9_.-]+$/,
    'Use only letters, digits, underscores (_), hyphens (-) and dots (.).',
  )

/** The expiry is a calendar day in the future; empty means "never". */
export const expirySchema = z
  .string()
  .refine(
    (value) => !value || endOfDay(value) > Date.now(),
    'Pick a date after today, or leave it empty.',
  )

export const generateTokenSchema = z.object({ name: tokenNameSchema, expiry: expirySchema })
export type GenerateTokenInput = z.input<typeof generateTokenSchema>

/** `revokeAfter` for a `yyyy-mm-dd` day: the end of that day in the user's time zone. */
export function endOfDay(day: string) {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d, 23, 59, 59, 999).getTime()
}
