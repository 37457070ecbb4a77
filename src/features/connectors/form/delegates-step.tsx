import { useState } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'

import fieldStyles from '@/components/ui/form.module.css'
import type { ConnectivityMode, Provider, ProviderValues } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'

import { DelegatePreview } from './delegate-preview'
import { asList, describedBy, FieldShell, messageOf } from './field-shell'
import { TokenInput } from './token-input'
import styles from './wizard.module.css'

const MODE_LABEL: Record<ConnectivityMode, string> = {
  platform: 'Connect through the Harness platform',
  delegate: 'Connect through a Harness delegate',
}

/** Connectivity mode (where the type allows it), then any delegate or chosen selectors. */
export function DelegatesStep({ provider }: { provider: Provider }) {
  const { register, control, setValue, formState, getValues } = useFormContext<ProviderValues>()
  const scope = useScope()
  const mode = useWatch({ control, name: 'connectivityMode' })
  const selectors = asList(useWatch({ control, name: 'delegateSelectors' }))
  const [choice, setChoice] = useState<'any' | 'selected'>(() =>
    asList(getValues('delegateSelectors')).length ? 'selected' : 'any',
  )
  const modes = provider.connectivityModes ?? []
  const selectorsError = messageOf(formState.errors.delegateSelectors)
  const pick = (next: 'any' | 'selected') => {
    setChoice(next)
    if (next === 'any') setValue('delegateSelectors', [], { shouldDirty: true })
  }
  if (provider.noDelegateSelectors)
    return (
      <div className={fieldStyles.grid}>
        <p className={fieldStyles.hint}>
          The Harness API takes no delegate selectors for {provider.label} connectors: there is
          nothing to choose here. Save to create the connector and test it.
        </p>
      </div>
    )
  return (
    <div className={fieldStyles.grid}>
      {modes.length > 1 ? (
        <fieldset
          className={styles.fieldset}
          aria-describedby={formState.errors.connectivityMode ? 'mode-error' : undefined}
        >
          <legend className={fieldStyles.label}>Connectivity mode</legend>
          <div className={styles.radios}>
            {modes.map((m) => (
              <label key={m} className={styles.radio}>
                <input type="radio" value={m} {...register('connectivityMode')} />
                <span>{MODE_LABEL[m]}</span>
              </label>
            ))}
          </div>
          {formState.errors.connectivityMode ? (
            <span id="mode-error" className={fieldStyles.error} role="alert">
              {formState.errors.connectivityMode.message}
            </span>
          ) : null}
        </fieldset>
      ) : null}
      {mode === 'platform' ? (
        <p className={fieldStyles.hint}>
          Harness connects from its own network: allow the Harness platform IP addresses in the
          provider&apos;s firewall.
        </p>
      ) : (
        <>
          <fieldset className={styles.fieldset}>
            <legend className={fieldStyles.label}>Delegates</legend>
            <div className={styles.radios}>
              <label className={styles.radio}>
                <input
                  type="radio"
                  name="delegate-choice"
                  checked={choice === 'any'}
                  onChange={() => pick('any')}
                />
                <span>Use any available delegate</span>
              </label>
              <label className={styles.radio}>
                <input
                  type="radio"
                  name="delegate-choice"
                  checked={choice === 'selected'}
                  onChange={() => pick('selected')}
                />
                <span>Only delegates with all of these selectors</span>
              </label>
            </div>
          </fieldset>
          {choice === 'selected' ? (
            <FieldShell
              id="field-delegateSelectors"
              label="Delegate selectors"
              required
              error={selectorsError}
              help="A delegate group's name or one of its tags; press Enter after each."
            >
              <Controller
                control={control}
                name="delegateSelectors"
                render={({ field }) => (
                  <TokenInput
                    id="field-delegateSelectors"
                    value={asList(field.value)}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    itemLabel="selector"
                    placeholder="e.g. primary"
                    invalid={!!selectorsError}
                    describedBy={describedBy('field-delegateSelectors', {
                      help: true,
                      error: selectorsError,
                    })}
                  />
                )}
              />
            </FieldShell>
          ) : selectorsError ? (
            <span className={fieldStyles.error} role="alert">
              {selectorsError}
            </span>
          ) : null}
          <DelegatePreview scope={scope} selectors={choice === 'selected' ? selectors : []} />
        </>
      )}
    </div>
  )
}
