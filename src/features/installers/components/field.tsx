import { useId, type ReactElement, type ReactNode } from 'react'
import { cloneElement } from 'react'

import form from '@/components/ui/form.module.css'

interface FieldProps {
  label: ReactNode
  hint?: ReactNode
  error?: string
  optional?: boolean
  /** One input, select or textarea; it gets the id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>
}

/** Label, control, hint and the error at the field (announced through aria-describedby). */
export function Field({ label, hint, error, optional, children }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={form.field}>
      <label className={form.label} htmlFor={id}>
        {label}
        {optional ? <span className={form.optional}> (optional)</span> : null}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error ? (
        <span id={errorId} className={form.error}>
          {error}
        </span>
      ) : null}
      {hint ? (
        <span id={hintId} className={form.hint}>
          {hint}
        </span>
      ) : null}
    </div>
  )
}
