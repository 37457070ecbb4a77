import { Controller, useFormContext } from 'react-hook-form'

import fieldStyles from '@/components/ui/form.module.css'
import type { ProviderValues } from '@/catalog/types'

import { asList, describedBy, FieldShell, messageOf } from './field-shell'
import { IdentifierField } from './identifier-field'
import { deriveIdentifier } from './steps'
import { TokenInput } from './token-input'

interface OverviewStepProps {
  identifierLocked: boolean
  /** Whether the identifier still follows the name (until the user edits it). */
  derive: boolean
  onIdentifierEdited: () => void
}

/** Name, identifier, description and tags. */
export function OverviewStep({ identifierLocked, derive, onIdentifierEdited }: OverviewStepProps) {
  const { register, formState, control, setValue, getFieldState } = useFormContext<ProviderValues>()
  const { errors } = formState
  const tagsError = messageOf(errors.tags)
  return (
    <div className={fieldStyles.grid}>
      <FieldShell id="field-name" label="Name" required error={errors.name?.message}>
        <input
          id="field-name"
          className={fieldStyles.input}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('field-name', { error: errors.name?.message })}
          {...register('name', {
            onChange: (e: { target: { value: string } }) => {
              if (derive && !identifierLocked) {
                // Re-validate only an identifier already shown as wrong, so its message clears.
                setValue('identifier', deriveIdentifier(e.target.value), {
                  shouldDirty: true,
                  shouldValidate: !!getFieldState('identifier').error,
                })
              }
            },
          })}
        />
      </FieldShell>
      <IdentifierField locked={identifierLocked} onEdited={onIdentifierEdited} />
      <FieldShell id="field-description" label="Description" error={errors.description?.message}>
        <textarea
          id="field-description"
          className={fieldStyles.input}
          rows={2}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('field-description', {
            error: errors.description?.message,
          })}
          {...register('description')}
        />
      </FieldShell>
      <FieldShell
        id="field-tags"
        label="Tags"
        help="key:value or key; press Enter after each tag."
        error={tagsError}
      >
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TokenInput
              id="field-tags"
              value={asList(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              itemLabel="tag"
              placeholder="env:prod"
              invalid={!!tagsError}
              describedBy={describedBy('field-tags', { help: true, error: tagsError })}
            />
          )}
        />
      </FieldShell>
    </div>
  )
}
