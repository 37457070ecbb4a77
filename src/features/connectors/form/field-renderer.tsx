import { Controller, useFormContext } from 'react-hook-form'

import fieldStyles from '@/components/ui/form.module.css'
import type { Provider, ProviderField, ProviderValues } from '@/catalog/types'

import { asList, describedBy, FieldShell, messageOf } from './field-shell'
import { KeyValuesField } from './key-values-field'
import { PortHintLine } from './port-hint'
import { SecretField } from './secret-field'
import { TokenInput } from './token-input'

const INPUT_TYPES: Partial<Record<ProviderField['kind'], string>> = {
  url: 'url',
  port: 'number',
  number: 'number',
}

/**
 * One catalog field as a form control, chosen by `field.kind` only: there is no per-provider code
 * here (STYLE §2). Inputs keep strings; the zod schema coerces numbers.
 */
export function FieldRenderer({ field, provider }: { field: ProviderField; provider: Provider }) {
  const { control, register, formState } = useFormContext<ProviderValues>()
  const id = `field-${field.name}`
  const error = messageOf(formState.errors[field.name])
  const showPorts = !!field.portHintFor
  const described =
    [describedBy(id, { help: field.help, error }), showPorts ? `${id}-ports` : null]
      .filter(Boolean)
      .join(' ') || undefined
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described }
  const shell = (control: React.ReactNode) => (
    <FieldShell
      id={id}
      label={field.label}
      required={field.required}
      help={field.help}
      error={error}
      aside={showPorts ? <PortHintLine id={id} field={field} provider={provider} /> : null}
    >
      {control}
    </FieldShell>
  )

  switch (field.kind) {
    case 'keyValues':
      return <KeyValuesField field={field} />
    case 'secret':
      return shell(
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => (
            <SecretField
              id={id}
              label={field.label}
              secretType={field.secretType}
              value={typeof f.value === 'string' ? f.value : ''}
              onChange={f.onChange}
              onBlur={f.onBlur}
              invalid={!!error}
              describedBy={described}
            />
          )}
        />,
      )
    case 'list':
      return shell(
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => (
            <TokenInput
              id={id}
              value={asList(f.value)}
              onChange={f.onChange}
              onBlur={f.onBlur}
              placeholder={field.placeholder ?? 'Type an entry and press Enter'}
              invalid={!!error}
              describedBy={described}
              itemLabel={field.label}
            />
          )}
        />,
      )
    case 'select':
      return shell(
        <select className={fieldStyles.input} {...common} {...register(field.name)}>
          {field.required ? null : <option value="">None</option>}
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>,
      )
    case 'boolean':
      return (
        <div className={fieldStyles.field}>
          <label className={fieldStyles.checkbox}>
            <input type="checkbox" {...common} {...register(field.name)} />
            {field.label}
          </label>
          {field.help ? (
            <span id={`${id}-help`} className={fieldStyles.hint}>
              {field.help}
            </span>
          ) : null}
          {error ? (
            <span id={`${id}-error`} className={fieldStyles.error} role="alert">
              {error}
            </span>
          ) : null}
        </div>
      )
    case 'multiline':
      return shell(
        <textarea
          className={[fieldStyles.input, fieldStyles.mono].join(' ')}
          rows={4}
          placeholder={field.placeholder}
          {...common}
          {...register(field.name)}
        />,
      )
    default:
      return shell(
        <input
          className={fieldStyles.input}
          type={INPUT_TYPES[field.kind] ?? 'text'}
          inputMode={field.kind === 'port' || field.kind === 'number' ? 'numeric' : undefined}
          min={field.kind === 'port' ? 1 : field.min}
          max={field.kind === 'port' ? 65535 : field.max}
          placeholder={field.placeholder}
          spellCheck={false}
          autoComplete="off"
          {...common}
          {...register(field.name)}
        />,
      )
  }
}
