import type { FieldErrors, UseFormRegister } from 'react-hook-form'

import form from '@/components/ui/form.module.css'

import type { InstallerFormValues } from '../form/schema'
import styles from '../installers.module.css'

import { Field } from './field'

interface ProxyFieldsProps {
  register: UseFormRegister<InstallerFormValues>
  errors: FieldErrors<InstallerFormValues>
  enabled: boolean
}

/** The delegate's outbound proxy (PROXY_HOST, PROXY_PORT, PROXY_SCHEME, PROXY_USER, NO_PROXY). */
export function ProxyFields({ register, errors, enabled }: ProxyFieldsProps) {
  return (
    <fieldset className={styles.proxy}>
      <legend className={styles.legend}>Proxy</legend>
      <label className={form.checkbox}>
        <input type="checkbox" {...register('proxyEnabled')} />
        <span>The delegate reaches the Manager through an HTTP proxy</span>
      </label>
      {enabled ? (
        <>
          <div className={form.row}>
            <Field label="Proxy host" error={errors.proxyHost?.message}>
              <input
                className={`${form.input} ${form.mono}`}
                autoComplete="off"
                spellCheck={false}
                {...register('proxyHost')}
              />
            </Field>
            <Field label="Proxy port" error={errors.proxyPort?.message}>
              <input
                className={`${form.input} ${form.mono}`}
                inputMode="numeric"
                autoComplete="off"
                {...register('proxyPort')}
              />
            </Field>
            <Field label="Proxy scheme">
              <select className={form.input} {...register('proxyScheme')}>
                <option value="http">http</option>
                <option value="https">https</option>
              </select>
            </Field>
          </div>
          <div className={form.row}>
            <Field
              label="Proxy user"
              optional
              hint="Add PROXY_PASSWORD to the file yourself; the console never asks for it."
            >
              <input
                className={form.input}
                autoComplete="off"
                spellCheck={false}
                {...register('proxyUser')}
              />
            </Field>
            <Field
              label="No proxy for"
              optional
              hint="Comma-separated hosts or suffixes, e.g. .internal,10.0.0.0/8."
            >
              <input
                className={`${form.input} ${form.mono}`}
                autoComplete="off"
                spellCheck={false}
                {...register('noProxy')}
              />
            </Field>
          </div>
        </>
      ) : null}
    </fieldset>
  )
}
