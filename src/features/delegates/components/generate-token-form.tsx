import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'

import type { DelegateTokenRow } from '@/api/queries/delegates'
import { describeError, isApiError } from '@/api/errors'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import form from '@/components/ui/form.module.css'
import { Notice } from '@/components/ui/page'
import { recordOnboardingEvent } from '@/lib/onboarding-events'

import { useCreateDelegateToken } from '../api/mutations'
import {
  endOfDay,
  generateTokenSchema,
  TOKEN_NAME_MAX,
  type GenerateTokenInput,
} from '../lib/token-name'
import styles from '../delegates.module.css'

interface Props {
  scope: Scope
  /** Called once with the new row and its value (null if the Manager did not return one). */
  onCreated: (token: DelegateTokenRow, value: string | null) => void
  submitLabel?: string
  defaultName?: string
  /** Extra buttons beside submit (e.g. Cancel in the dialog). */
  secondary?: React.ReactNode
}

/** Name and optional expiry, checked before sending; the server's answers land on their fields. */
export function GenerateTokenForm({
  scope,
  onCreated,
  submitLabel = 'Generate token',
  defaultName = '',
  secondary,
}: Props) {
  const ids = { name: useId(), expiry: useId(), nameHelp: useId(), expiryHelp: useId() }
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<GenerateTokenInput>({
    resolver: zodResolver(generateTokenSchema),
    defaultValues: { name: defaultName, expiry: '' },
  })
  const mutation = useCreateDelegateToken(scope)

  const submit = handleSubmit(async ({ name, expiry }) => {
    try {
      const created = await mutation.create({
        name: name.trim(),
        revokeAfter: expiry ? endOfDay(expiry) : undefined,
      })
      // The value goes straight to the caller (the dialog's state); this form never keeps it.
      if (created) {
        recordOnboardingEvent('token-generated')
        onCreated(created.row, created.value)
      }
    } catch (error) {
      mapServerError(error, name.trim(), setError)
    }
  })

  const formError = errors.root?.server?.message
  return (
    <form
      className={form.grid}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Generate a delegate token"
    >
      <div className={form.field}>
        <label className={form.label} htmlFor={ids.name}>
          Token name
        </label>
        <input
          id={ids.name}
          className={form.input}
          autoComplete="off"
          spellCheck={false}
          maxLength={TOKEN_NAME_MAX + 1}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${ids.nameHelp} ${ids.name}-error` : ids.nameHelp}
          {...register('name')}
        />
        <span id={ids.nameHelp} className={form.hint}>
          Letters, digits, _ - and . (up to {TOKEN_NAME_MAX}). Names of revoked tokens stay taken
          for 30 days.
        </span>
        {errors.name ? (
          <span id={`${ids.name}-error`} className={form.error}>
            {errors.name.message}
          </span>
        ) : null}
      </div>
      <div className={form.field}>
        <label className={form.label} htmlFor={ids.expiry}>
          Revoke automatically on <span className={form.optional}>(optional)</span>
        </label>
        <input
          id={ids.expiry}
          type="date"
          className={form.input}
          aria-invalid={errors.expiry ? true : undefined}
          aria-describedby={
            errors.expiry ? `${ids.expiryHelp} ${ids.expiry}-error` : ids.expiryHelp
          }
          {...register('expiry')}
        />
        <span id={ids.expiryHelp} className={form.hint}>
          At the end of that day. The Manager may revoke up to an hour later.
        </span>
        {errors.expiry ? (
          <span id={`${ids.expiry}-error`} className={form.error}>
            {errors.expiry.message}
          </span>
        ) : null}
      </div>
      {formError ? <Notice tone="danger">{formError}</Notice> : null}
      <div className={styles.formActions}>
        {secondary}
        <Button
          type="submit"
          variant="primary"
          disabled={mutation.isPending}
          aria-busy={mutation.isPending || undefined}
        >
          {mutation.isPending ? 'Generating…' : submitLabel}
        </Button>
      </div>
    </form>
  )
}

type SetError = ReturnType<typeof useForm<GenerateTokenInput>>['setError']

/** 400 "already exists" (also for a name revoked in the last 30 days) and field errors go to their fields. */
function mapServerError(error: unknown, name: string, setError: SetError) {
  if (isApiError(error) && /already exists/i.test(error.message)) {
    setError('name', {
      message: `A token named "${name}" already exists here, or was revoked less than 30 days ago. Choose another name.`,
    })
    return
  }
  const fields = isApiError(error) ? error.fieldErrors : []
  let placed = false
  for (const field of fields) {
    const target =
      field.fieldId === 'tokenName' ? 'name' : field.fieldId === 'revokeAfter' ? 'expiry' : null
    if (!target) continue
    setError(target, { message: field.error })
    placed = true
  }
  if (!placed)
    setError('root.server', { message: `The token was not created. ${describeError(error)}` })
}
