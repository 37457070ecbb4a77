import { useFormContext, useWatch } from 'react-hook-form'

import fieldStyles from '@/components/ui/form.module.css'
import { methodsOf, type Provider, type ProviderValues } from '@/catalog/types'

import { FieldRenderer } from './field-renderer'
import styles from './wizard.module.css'

/** The auth method as a radio group, then that method's fields (secrets are picked, never typed). */
export function CredentialsStep({ provider }: { provider: Provider }) {
  const { register, control } = useFormContext<ProviderValues>()
  const methods = methodsOf(provider)
  const current = useWatch({ control, name: 'authMethod' })
  const method = methods.find((m) => m.id === current) ?? methods[0]
  return (
    <div className={fieldStyles.grid}>
      {methods.length > 1 ? (
        <fieldset className={styles.fieldset}>
          <legend className={fieldStyles.label}>Authentication</legend>
          <div className={styles.radios}>
            {methods.map((m) => (
              <label key={m.id} className={styles.radio}>
                <input type="radio" value={m.id} {...register('authMethod')} />
                <span>{m.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className={fieldStyles.hint}>Authentication: {method.label}</p>
      )}
      {method.help ? <p className={fieldStyles.hint}>{method.help}</p> : null}
      {method.requiresDelegateSelectors ? (
        <p className={styles.callout}>
          The credential comes from the delegate that runs the task: choose its selectors on the
          Delegates step.
        </p>
      ) : null}
      {method.fields.map((f) => (
        <FieldRenderer key={`${method.id}-${f.name}`} field={f} provider={provider} />
      ))}
      {method.fields.length === 0 && !method.requiresDelegateSelectors ? (
        <p className={fieldStyles.hint}>This method needs no credentials.</p>
      ) : null}
    </div>
  )
}
