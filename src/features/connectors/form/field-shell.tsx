import type { ReactNode } from 'react'

import fieldStyles from '@/components/ui/form.module.css'

interface FieldShellProps {
  id: string
  label: string
  required?: boolean
  help?: ReactNode
  error?: string
  /** Rendered after the help text (e.g. the ports the URL needs). */
  aside?: ReactNode
  children: ReactNode
}

/** Ids for a field's help and error, so the input can point at them with aria-describedby. */
export function describedBy(id: string, { help, error }: { help?: unknown; error?: string }) {
  return (
    [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  )
}

/** Label, input, help and the error message at the field: one layout for every field. */
export function FieldShell({ id, label, required, help, error, aside, children }: FieldShellProps) {
  return (
    <div className={fieldStyles.field}>
      <label htmlFor={id} className={fieldStyles.label}>
        {label}
        {required ? null : <span className={fieldStyles.optional}> (optional)</span>}
      </label>
      {children}
      {help ? (
        <span id={`${id}-help`} className={fieldStyles.hint}>
          {help}
        </span>
      ) : null}
      {aside}
      {error ? (
        <span id={`${id}-error`} className={fieldStyles.error} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  )
}

/**
 * The message of a field's error. List fields (tags, selectors) report per item, as an array of
 * errors, so the first item's message stands for the field.
 */
export function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined
  if (Array.isArray(error)) return error.map(messageOf).find(Boolean)
  const message = (error as { message?: unknown }).message
  return typeof message === 'string' ? message : undefined
}

/** A form value as a list of strings (list fields hold string[]). */
export function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : []
}
