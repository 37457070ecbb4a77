import { ChevronDown } from 'lucide-react'
import { useEffect, useId, useMemo, useState } from 'react'

import fieldStyles from '@/components/ui/form.module.css'

import styles from './combobox.module.css'

export interface ComboOption {
  value: string
  label: string
  /** Second line, in monospace (a secret's ref). */
  detail?: string
  /** Group heading; options of one group must be adjacent. */
  group?: string
}

interface ComboboxProps {
  id: string
  options: readonly ComboOption[]
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  /** What the input shows while not being typed in: the chosen option, or a saved value. */
  display: string
  placeholder?: string
  /** Names the list of options for assistive technology ("Personal access token choices"). */
  listLabel: string
  matches: (option: ComboOption, term: string) => boolean
  /** Said under the input when typing leaves nothing to choose. */
  noMatch: (term: string) => string
  invalid?: boolean
  describedBy?: string
  busy?: boolean
}

/**
 * An editable combobox with a list popup (WAI-ARIA APG "combobox with listbox popup", list
 * autocomplete): typing filters, ArrowDown/ArrowUp move the active option (focus stays in the
 * input, `aria-activedescendant` points at the option), Enter chooses it, Escape closes the list
 * and restores the chosen value. One control instead of a filter box beside a select.
 */
export function Combobox(props: ComboboxProps) {
  const { id, options, value, onChange, onBlur, display, placeholder, listLabel } = props
  const listId = useId()
  const [open, setOpen] = useState(false)
  // null: not typing, the input shows `display`.
  const [term, setTerm] = useState<string | null>(null)
  const [active, setActive] = useState(-1)
  const { matches } = props
  const shown = useMemo(
    () => (term ? options.filter((o) => matches(o, term)) : options),
    [options, term, matches],
  )
  const optionId = (i: number) => `${listId}-o${i}`

  useEffect(() => {
    if (open && active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' })
  })

  const openAt = (index: number) => {
    setOpen(true)
    setActive(shown.length ? Math.max(0, Math.min(index, shown.length - 1)) : -1)
  }
  const close = () => {
    setOpen(false)
    setTerm(null)
    setActive(-1)
  }
  const choose = (option: ComboOption) => {
    onChange(option.value)
    close()
  }
  const selectedIndex = shown.findIndex((o) => o.value === value)

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const n = shown.length
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        if (!open || e.altKey) openAt(selectedIndex >= 0 ? selectedIndex : 0)
        else if (n) setActive((a) => (a + 1) % n)
        return
      case 'ArrowUp':
        e.preventDefault()
        if (!open) openAt(selectedIndex >= 0 ? selectedIndex : n - 1)
        else if (n) setActive((a) => (a <= 0 ? n - 1 : a - 1))
        return
      case 'Enter':
        // Open: Enter chooses, and must not submit the form (Enter there goes to the next step).
        if (!open) return
        e.preventDefault()
        if (active >= 0 && shown[active]) choose(shown[active])
        else close()
        return
      case 'Escape':
        if (open || term !== null) {
          e.preventDefault()
          e.stopPropagation()
          close()
        }
        return
      case 'Tab':
        if (open) close()
        return
    }
  }

  const groups = groupsOf(shown)
  return (
    <div className={styles.combobox}>
      <input
        id={id}
        type="text"
        role="combobox"
        className={[fieldStyles.input, styles.input].join(' ')}
        value={term ?? display}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        aria-busy={props.busy || undefined}
        onChange={(e) => {
          setTerm(e.target.value)
          setOpen(true)
          setActive(0)
        }}
        onClick={() => (open ? close() : openAt(selectedIndex >= 0 ? selectedIndex : 0))}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close()
          onBlur?.()
        }}
      />
      <ChevronDown size={16} aria-hidden className={styles.chevron} />
      <div
        id={listId}
        role="listbox"
        aria-label={listLabel}
        className={styles.list}
        hidden={!open || shown.length === 0}
      >
        {groups.map(({ group, items }) => {
          const body = items.map(({ option, index }) => (
            <div
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={option.value === value}
              className={styles.option}
              data-active={index === active || undefined}
              // Keep focus in the input: a click must not blur it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              <span>{option.label}</span>
              {option.detail ? (
                <>
                  {' '}
                  <span className={styles.detail}>{option.detail}</span>
                </>
              ) : null}
            </div>
          ))
          if (!group) return body
          const headingId = `${listId}-${group.replace(/\W+/g, '-')}`
          return (
            <div key={group} role="group" aria-labelledby={headingId}>
              <div id={headingId} role="presentation" className={styles.groupLabel}>
                {group}
              </div>
              {body}
            </div>
          )
        })}
      </div>
      {open && shown.length === 0 ? (
        <span className={fieldStyles.hint} role="status">
          {props.noMatch(term ?? '')}
        </span>
      ) : null}
    </div>
  )
}

function groupsOf(options: readonly ComboOption[]) {
  const groups: { group?: string; items: { option: ComboOption; index: number }[] }[] = []
  options.forEach((option, index) => {
    const last = groups[groups.length - 1]
    if (last && last.group === option.group) last.items.push({ option, index })
    else groups.push({ group: option.group, items: [{ option, index }] })
  })
  return groups
}
