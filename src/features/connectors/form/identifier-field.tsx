import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'

import { connectorQueries } from '@/api/queries/connectors'
import fieldStyles from '@/components/ui/form.module.css'
import { IDENTIFIER_PATTERN } from '@/api/schemas/common'
import { RESERVED_IDENTIFIER } from '@/catalog/to-zod'
import type { ProviderValues } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'

import { describedBy, FieldShell } from './field-shell'
import styles from './wizard.module.css'

/** A value that settles `ms` after the last change (for asking the API as the user types). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

export const TAKEN_MESSAGE =
  'A connector with this identifier already exists at this scope; choose another'

/**
 * The identifier: derived from the name until the user edits it, editable until the connector is
 * saved, then locked (the Manager cannot rename an identifier). Uniqueness at this scope is asked
 * of the API, debounced, while the user types.
 */
export function IdentifierField({ locked, onEdited }: { locked: boolean; onEdited: () => void }) {
  const { register, formState, control } = useFormContext<ProviderValues>()
  const scope = useScope()
  const identifier = useWatch({ control, name: 'identifier' }) ?? ''
  const settled = useDebounced(identifier, 300)
  const checkable =
    !locked &&
    settled === identifier &&
    IDENTIFIER_PATTERN.test(settled) &&
    settled !== RESERVED_IDENTIFIER
  const available = useQuery({
    ...connectorQueries.identifierAvailable(scope, settled),
    enabled: checkable,
  })
  const error = formState.errors.identifier?.message
  const id = 'field-identifier'
  let status: string | null = null
  if (locked) status = 'Saved connectors keep their identifier.'
  else if (checkable && available.isFetching) status = 'Checking availability…'
  else if (checkable && available.data === true) status = 'Available at this scope.'
  const taken = !locked && checkable && available.data === false
  const shownError = error ?? (taken ? TAKEN_MESSAGE : undefined)
  return (
    <FieldShell
      id={id}
      label="Identifier"
      required
      error={shownError}
      help="Used in pipeline YAML. Letters, digits, _ and $; it cannot change once saved."
      aside={
        // After the help, one line tall while there is no error: the Continue button must not jump
        // as the check comes and goes, and no empty line sits between the field and its help.
        <span
          id={`${id}-status`}
          className={[fieldStyles.hint, shownError ? '' : styles.status].join(' ')}
          aria-live="polite"
        >
          {status}
        </span>
      }
    >
      <input
        id={id}
        className={[fieldStyles.input, fieldStyles.mono].join(' ')}
        readOnly={locked}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[describedBy(id, { help: true, error: shownError }), `${id}-status`]
          .filter(Boolean)
          .join(' ')}
        {...register('identifier', { onChange: onEdited })}
      />
    </FieldShell>
  )
}
