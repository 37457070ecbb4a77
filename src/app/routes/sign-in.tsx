import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { KeyRound } from 'lucide-react'
import { useForm } from 'react-hook-form'
import { useNavigate, useSearchParams } from 'react-router'
import { z } from '@/lib/zod'

import { requestDto } from '@/api/client'
import { describeError, isApiError } from '@/api/errors'
import { getRuntimeConfig } from '@/api/runtime-config'
import { pageResponseSchema } from '@/api/schemas/common'
import { organizationResponseSchema } from '@/api/schemas/scope'
import { clearSession, saveSession } from '@/api/session'
import { Button } from '@/components/ui/button'
import formStyles from '@/components/ui/form.module.css'
import { safeReturnPath } from '@/lib/return-path'

import styles from './sign-in.module.css'

const signInSchema = z.object({
  accountId: z
    .string()
    .trim()
    .min(1, 'Enter your account identifier.')
    .regex(/^[\w-]+$/, 'An account identifier has only letters, digits, - and _.'),
  apiKey: z
    .string()
    .trim()
    .min(1, 'Enter an API key.')
    .regex(
      /^(pat|sat)\.\S+$/,
      'Paste a personal access token (pat.…) or service account token (sat.…).',
    ),
})
type SignInValues = z.infer<typeof signInSchema>

export function Component() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const queryClient = useQueryClient()
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { accountId: '', apiKey: '' },
  })
  const { register, handleSubmit, setError, formState } = form

  const submit = async (values: SignInValues) => {
    saveSession(values)
    try {
      // A cheap read proves the key works for this account before we go in.
      await requestDto({
        path: '/ng/api/organizations',
        query: { accountIdentifier: values.accountId, pageSize: 1 },
        schema: pageResponseSchema(organizationResponseSchema),
        permission: 'Organizations: View',
      })
      queryClient.clear()
      await navigate(safeReturnPath(params.get('next')), { replace: true })
    } catch (error) {
      clearSession()
      const field =
        isApiError(error) && (error.status === 401 || error.status === 403) ? 'apiKey' : 'root'
      setError(field, { message: describeError(error) })
    }
  }

  return (
    <main className={styles.wrap}>
      <div className={styles.card}>
        <div className={styles.icon} aria-hidden>
          <KeyRound size={22} />
        </div>
        <h1 className={styles.title}>Sign in to your Harness account</h1>
        <p className={styles.text}>
          Delegate Console talks to {getRuntimeConfig().managerLabel ?? 'the Harness Manager'} with
          an API key. The key stays in this tab only and is sent only to the Manager.
        </p>
        <form className={formStyles.grid} noValidate onSubmit={(e) => void handleSubmit(submit)(e)}>
          <div className={formStyles.field}>
            <label className={formStyles.label} htmlFor="accountId">
              Account identifier
            </label>
            <input
              id="accountId"
              className={formStyles.input}
              autoComplete="username"
              aria-invalid={!!formState.errors.accountId}
              aria-describedby="accountId-hint accountId-error"
              {...register('accountId')}
            />
            <span id="accountId-hint" className={formStyles.hint}>
              In Harness: Account Settings &gt; Overview &gt; Account Id.
            </span>
            {formState.errors.accountId ? (
              <span id="accountId-error" className={formStyles.error}>
                {formState.errors.accountId.message}
              </span>
            ) : null}
          </div>
          <div className={formStyles.field}>
            <label className={formStyles.label} htmlFor="apiKey">
              API key
            </label>
            <input
              id="apiKey"
              type="password"
              className={[formStyles.input, formStyles.mono].join(' ')}
              autoComplete="off"
              aria-invalid={!!formState.errors.apiKey}
              aria-describedby="apiKey-hint apiKey-error"
              {...register('apiKey')}
            />
            <span id="apiKey-hint" className={formStyles.hint}>
              A personal access token or a service account token with delegate and connector
              permissions.
            </span>
            {formState.errors.apiKey ? (
              <span id="apiKey-error" role="alert" className={formStyles.error}>
                {formState.errors.apiKey.message}
              </span>
            ) : null}
          </div>
          {formState.errors.root ? (
            <p role="alert" className={formStyles.error}>
              {formState.errors.root.message}
            </p>
          ) : null}
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Checking the key…' : 'Sign in'}
          </Button>
        </form>
      </div>
    </main>
  )
}
