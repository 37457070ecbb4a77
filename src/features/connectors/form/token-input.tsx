import { X } from 'lucide-react'
import { useState, type KeyboardEvent } from 'react'

import fieldStyles from '@/components/ui/form.module.css'

import styles from './fields.module.css'

interface TokenInputProps {
  id: string
  value: string[]
  onChange: (value: string[]) => void
  onBlur?: () => void
  placeholder?: string
  invalid?: boolean
  describedBy?: string
  /** What one entry is, for the remove buttons ("Remove tag env:prod"). */
  itemLabel: string
}

/**
 * A list of short strings (tags, delegate selectors, hosts) as removable chips. Enter or a comma
 * adds the typed entry; Backspace in an empty box removes the last one; leaving the box keeps
 * what was typed, so nothing is lost.
 */
export function TokenInput({
  id,
  value,
  onChange,
  onBlur,
  placeholder,
  invalid,
  describedBy,
  itemLabel,
}: TokenInputProps) {
  const [draft, setDraft] = useState('')
  const commit = () => {
    const entries = draft
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (entries.length) onChange([...value, ...entries.filter((e) => !value.includes(e))])
    setDraft('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Backspace' && !draft && value.length) {
      onChange(value.slice(0, -1))
    }
  }
  return (
    <div className={styles.tokens} data-invalid={invalid || undefined}>
      {value.length ? (
        <ul className={styles.tokenList} aria-label={`${itemLabel} entries`}>
          {value.map((item, i) => (
            <li key={`${item}-${i}`} className={styles.token}>
              <span>{item}</span>
              <button
                type="button"
                className={styles.tokenRemove}
                aria-label={`Remove ${itemLabel} ${item}`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        className={[fieldStyles.input, styles.tokenDraft].join(' ')}
        value={draft}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          commit()
          onBlur?.()
        }}
      />
    </div>
  )
}
