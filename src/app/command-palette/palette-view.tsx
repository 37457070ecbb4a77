import { Command } from 'cmdk'
import { ArrowLeft, Search } from 'lucide-react'

import { describeError } from '@/api/errors'

import type { PaletteCommand, SubList } from './commands'
import styles from './palette.module.css'
import type { PaletteGroup } from './use-palette-groups'

const PLACEHOLDER: Record<SubList | 'root', string> = {
  root: 'Search or type a command…',
  scope: 'Find an organization or project…',
  provider: 'Find a connector type…',
}

/**
 * What the palette shows: the field, a line of status for screen readers and eyes ("Searching
 * the Manager…"), the groups, and the keys. cmdk makes the field a combobox over a listbox and
 * moves the choice with the arrows; filtering is ours (shouldFilter off), so groups keep their
 * order and the Manager's results are shown as it sent them.
 */
export function PaletteView({
  search,
  onSearch,
  list,
  onBack,
  groups,
  selected,
  onSelected,
  onChoose,
  searching,
  error,
}: {
  search: string
  onSearch: (search: string) => void
  list: SubList | null
  onBack: () => void
  groups: PaletteGroup[]
  selected: string
  onSelected: (id: string) => void
  onChoose: (command: PaletteCommand) => void
  /** A search typed and not answered yet (still typing, or asked). */
  searching: boolean
  /** The connectors search failed. */
  error: unknown
}) {
  return (
    <Command
      label="Search pages, connectors, delegates, tokens and actions"
      shouldFilter={false}
      value={selected}
      onValueChange={onSelected}
      loop
      className={styles.command}
    >
      <div className={styles.inputRow}>
        {list ? (
          <button
            type="button"
            className={styles.back}
            onClick={onBack}
            aria-label="Back to all commands"
          >
            <ArrowLeft size={16} aria-hidden />
          </button>
        ) : (
          <Search size={18} aria-hidden className={styles.inputIcon} />
        )}
        <Command.Input
          className={styles.input}
          value={search}
          onValueChange={onSearch}
          placeholder={PLACEHOLDER[list ?? 'root']}
          onKeyDown={(event) => {
            // Backspace in an empty field goes back from a sub-list, as in most palettes.
            if (event.key === 'Backspace' && !search && list) {
              event.preventDefault()
              onBack()
            }
          }}
        />
      </div>
      <p className={styles.status} role="status">
        {error
          ? `Could not search connectors: ${describeError(error)}`
          : searching
            ? 'Searching the Manager…'
            : ''}
      </p>
      <Command.List className={styles.list} label="Commands">
        <Command.Empty className={styles.empty}>
          {searching ? 'Searching…' : `Nothing matches “${search.trim()}”.`}
        </Command.Empty>
        {groups.map((group) => (
          <Command.Group key={group.heading} heading={group.heading} className={styles.group}>
            {group.commands.map((command) => {
              const Icon = command.icon
              return (
                <Command.Item
                  key={command.id}
                  value={command.id}
                  disabled={command.disabled}
                  onSelect={() => onChoose(command)}
                  className={styles.item}
                >
                  {Icon ? <Icon size={16} aria-hidden className={styles.itemIcon} /> : null}
                  <span className={styles.label}>{command.label}</span>
                  {command.hint ? <span className={styles.hint}>{command.hint}</span> : null}
                </Command.Item>
              )
            })}
          </Command.Group>
        ))}
      </Command.List>
      <Keys back={!!list} />
    </Command>
  )
}

/** The keys, for those who look (a screen reader hears the combobox's own). */
function Keys({ back }: { back: boolean }) {
  return (
    <div className={styles.footer} aria-hidden>
      <span>
        <kbd>↑</kbd> <kbd>↓</kbd> move
      </span>
      <span>
        <kbd>Enter</kbd> choose
      </span>
      {back ? (
        <span>
          <kbd>Backspace</kbd> back
        </span>
      ) : null}
      <span>
        <kbd>Esc</kbd> close
      </span>
    </div>
  )
}
