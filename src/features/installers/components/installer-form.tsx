import type { UseFormReturn } from 'react-hook-form'

import type { DelegateTokenRow } from '@/api/queries/delegates'
import form from '@/components/ui/form.module.css'

import { CLUSTERS, KUBERNETES_TYPES, PERMISSIONS, SIZES } from '../form/options'
import type { InstallerFormValues } from '../form/schema'
import { managerEndpoint } from '../lib/managers'
import styles from '../installers.module.css'

import { Field } from './field'
import { ProxyFields } from './proxy-fields'
import { TypePicker } from './type-picker'

interface InstallerFormProps {
  form: UseFormReturn<InstallerFormValues>
  /** Active tokens of the current scope only: a revoked token is never offered. */
  tokens: DelegateTokenRow[]
  latestVersion: string
}

/** Every option of the installer; the preview beside it follows each keystroke. */
export function InstallerForm({
  form: { register, watch, formState },
  tokens,
  latestVersion,
}: InstallerFormProps) {
  const { errors } = formState
  const type = watch('type')
  const permission = watch('permission')
  const cluster = watch('cluster')
  const kubernetes = KUBERNETES_TYPES.includes(type)
  return (
    <div className={form.grid}>
      <TypePicker registration={register('type')} />
      <div className={form.row}>
        <Field
          label="Delegate name"
          error={errors.delegateName?.message}
          hint="Lowercase letters, digits and '-'; a Kubernetes name."
        >
          <input
            className={`${form.input} ${form.mono}`}
            autoComplete="off"
            spellCheck={false}
            {...register('delegateName')}
          />
        </Field>
        <Field
          label="Delegate token"
          error={errors.tokenName?.message}
          hint="Active tokens of this scope. The value goes only into the downloaded file."
        >
          <select className={form.input} {...register('tokenName')}>
            {tokens.map((token) => (
              <option key={token.name} value={token.name}>
                {token.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className={form.row}>
        <Field label="Size" error={errors.size?.message}>
          <select className={form.input} {...register('size')}>
            {SIZES.map(({ id, label }) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Tags"
          optional
          error={errors.tags?.message}
          hint="Comma-separated delegate selectors, e.g. prod, eks."
        >
          <input
            className={form.input}
            autoComplete="off"
            spellCheck={false}
            {...register('tags')}
          />
        </Field>
      </div>
      {kubernetes ? (
        <div className={form.row}>
          <Field
            label="Kubernetes permissions"
            hint={PERMISSIONS.find((p) => p.id === permission)?.hint}
          >
            <select className={form.input} {...register('permission')}>
              {PERMISSIONS.map(({ id, label }) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          {permission === 'NAMESPACE_ADMIN' ? (
            <Field
              label="Namespace"
              error={errors.namespace?.message}
              hint="The only namespace the delegate may manage."
            >
              <input
                className={`${form.input} ${form.mono}`}
                autoComplete="off"
                spellCheck={false}
                {...register('namespace')}
              />
            </Field>
          ) : null}
        </div>
      ) : null}
      <div className={form.row}>
        <Field
          label="Harness cluster"
          hint={
            <>
              Manager endpoint <code>{managerEndpoint(cluster)}</code> (Account Settings → Account
              Details).
            </>
          }
        >
          <select className={form.input} {...register('cluster')}>
            {CLUSTERS.map(({ id, label }) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Delegate image version"
          error={errors.imageVersion?.message}
          hint={
            latestVersion
              ? `Latest supported: ${latestVersion}.`
              : 'The latest supported version could not be read.'
          }
        >
          <input
            className={`${form.input} ${form.mono}`}
            autoComplete="off"
            spellCheck={false}
            {...register('imageVersion')}
          />
        </Field>
      </div>
      <label className={`${form.checkbox} ${styles.switchRow}`}>
        <input type="checkbox" {...register('stackDriverLogging')} />
        <span>
          Send delegate logs to Harness Support{' '}
          <span className={form.hint}>
            (STACK_DRIVER_LOGGING_ENABLED; needs outbound access to logging.googleapis.com)
          </span>
        </span>
      </label>
      <ProxyFields register={register} errors={errors} enabled={watch('proxyEnabled')} />
    </div>
  )
}
