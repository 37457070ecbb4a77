import { Plus, X } from 'lucide-react'
import { useEffect, useId, useRef, useState, type FocusEvent } from 'react'
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form'

import { Button } from '@/components/ui/button'
import fieldStyles from '@/components/ui/form.module.css'
import type { KeyValueRow, ProviderField } from '@/catalog/types'

import { messageOf } from './field-shell'
import styles from './key-values-field.module.css'
import { SecretField } from './secret-field'

/** The form as this field sees it: its own rows under its name. */
type RowsForm = Record<string, KeyValueRow[]>

const EMPTY_ROW: KeyValueRow = { key: '', value: '', encrypted: false, secretRef: '' }

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * A `keyValues` field (Custom Health headers, query parameters): one row per entry with its name,
 * a "Secret" switch, then either a plain value or the secret picker, and a remove button. Every
 * control is labelled with its row ("Header 2 value"), so a screen reader and the keyboard can tell
 * rows apart; the row wraps to two lines on a phone.
 */
export function KeyValuesField({ field }: { field: ProviderField }) {
  const { control, register, formState } = useFormContext<RowsForm>()
  const { fields: rows, append, remove } = useFieldArray({ control, name: field.name })
  const current = useWatch({ control, name: field.name }) ?? []
  const id = `field-${field.name}`
  const helpId = useId()
  const item = field.itemLabel ?? 'entry'
  const Item = capitalize(item)
  const errors = formState.errors[field.name] as unknown
  const rowErrors = Array.isArray(errors) ? (errors as unknown[]) : []
  const listError = Array.isArray(errors) ? undefined : messageOf(errors)
  // The whole array is re-validated on every add, so a fresh row has errors at once: hold them
  // back until focus leaves the row (typing in it, then Continue or another row, shows them).
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const added = useRef(false)
  const errorOf = (i: number, input: keyof KeyValueRow) =>
    fresh.has(rows[i].id)
      ? undefined
      : messageOf((rowErrors[i] as Record<string, unknown> | undefined)?.[input])
  const leave = (rowId: string) => (event: FocusEvent<HTMLLIElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return
    setFresh((s) => (s.has(rowId) ? new Set([...s].filter((x) => x !== rowId)) : s))
  }
  useEffect(() => {
    if (!added.current || !rows.length) return
    added.current = false
    const last = rows[rows.length - 1].id
    setFresh((s) => new Set(s).add(last))
  }, [rows])

  // After a remove, focus moves to the row that took its place (or "Add"), never to the page.
  const focusAfterRemove = useRef<number | null>(null)
  useEffect(() => {
    const at = focusAfterRemove.current
    if (at === null) return
    focusAfterRemove.current = null
    const row = Math.min(at, rows.length - 1)
    document.getElementById(rows.length ? `${id}-${row}-key` : `${id}-add`)?.focus()
  }, [rows, id])

  return (
    <fieldset className={styles.fieldset} aria-describedby={field.help ? helpId : undefined}>
      <legend className={fieldStyles.label}>
        {field.label}
        {field.required ? null : <span className={fieldStyles.optional}> (optional)</span>}
      </legend>
      {field.help ? (
        <span id={helpId} className={fieldStyles.hint}>
          {field.help}
        </span>
      ) : null}
      {rows.length ? (
        <ul className={styles.rows} aria-label={`${field.label} entries`}>
          {rows.map((row, i) => {
            const n = i + 1
            const rowId = `${id}-${i}`
            const encrypted = !!current[i]?.encrypted
            const keyError = errorOf(i, 'key')
            const valueError = encrypted ? errorOf(i, 'secretRef') : errorOf(i, 'value')
            const valueId = encrypted ? `${rowId}-secret` : `${rowId}-value`
            return (
              <li key={row.id} className={styles.row} onBlur={leave(row.id)}>
                <div className={styles.key}>
                  <label htmlFor={`${rowId}-key`} className="visually-hidden">
                    {Item} {n} name
                  </label>
                  <input
                    id={`${rowId}-key`}
                    className={[fieldStyles.input, fieldStyles.mono].join(' ')}
                    placeholder="Name"
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={keyError ? true : undefined}
                    aria-describedby={keyError ? `${rowId}-key-error` : undefined}
                    {...register(`${field.name}.${i}.key`)}
                  />
                  {keyError ? (
                    <span id={`${rowId}-key-error`} className={fieldStyles.error} role="alert">
                      {keyError}
                    </span>
                  ) : null}
                </div>
                <div className={styles.value}>
                  <label htmlFor={valueId} className="visually-hidden">
                    {Item} {n} {encrypted ? 'secret' : 'value'}
                  </label>
                  {encrypted ? (
                    <Controller
                      control={control}
                      name={`${field.name}.${i}.secretRef`}
                      render={({ field: f }) => (
                        <SecretField
                          id={valueId}
                          label={`${item} ${n}`}
                          secretType="SecretText"
                          value={String(f.value ?? '')}
                          onChange={f.onChange}
                          onBlur={f.onBlur}
                          invalid={!!valueError}
                          describedBy={valueError ? `${valueId}-error` : undefined}
                        />
                      )}
                    />
                  ) : (
                    <input
                      id={valueId}
                      className={[fieldStyles.input, fieldStyles.mono].join(' ')}
                      placeholder="Value"
                      spellCheck={false}
                      autoComplete="off"
                      aria-invalid={valueError ? true : undefined}
                      aria-describedby={valueError ? `${valueId}-error` : undefined}
                      {...register(`${field.name}.${i}.value`)}
                    />
                  )}
                  {valueError ? (
                    <span id={`${valueId}-error`} className={fieldStyles.error} role="alert">
                      {valueError}
                    </span>
                  ) : null}
                </div>
                <div className={styles.actions}>
                  <label className={fieldStyles.checkbox}>
                    <input
                      type="checkbox"
                      aria-label={`${Item} ${n} value is a secret`}
                      {...register(`${field.name}.${i}.encrypted`)}
                    />
                    Secret
                  </label>
                  <button
                    type="button"
                    className={styles.remove}
                    aria-label={`Remove ${item} ${n}`}
                    title={`Remove ${item} ${n}`}
                    onClick={() => {
                      focusAfterRemove.current = i
                      remove(i)
                    }}
                  >
                    <X size={16} aria-hidden />
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <span className={fieldStyles.hint}>No {item}s.</span>
      )}
      <div>
        <Button
          id={`${id}-add`}
          size="small"
          onClick={() => {
            added.current = true
            append({ ...EMPTY_ROW })
          }}
          aria-describedby={listError ? `${id}-error` : undefined}
        >
          <Plus size={14} aria-hidden /> Add {item}
        </Button>
      </div>
      {listError ? (
        <span id={`${id}-error`} className={fieldStyles.error} role="alert">
          {listError}
        </span>
      ) : null}
    </fieldset>
  )
}
