// Its own stylesheet: the wizard loads this switch at once, and the YAML pages' styles later.
import styles from './mode-switch.module.css'

export type EditMode = 'form' | 'yaml'

/**
 * "Form | YAML" at the top of the wizard: two toggle buttons (`aria-pressed`), so each is a plain
 * button to a keyboard and a screen reader. `note` says why a switch did not happen.
 */
export function ModeSwitch({
  mode,
  onChange,
  onIntent,
  note,
}: {
  mode: EditMode
  onChange: (mode: EditMode) => void
  /** The pointer or focus is on the other mode: start loading it. */
  onIntent?: () => void
  note?: string | null
}) {
  const option = (value: EditMode, label: string) => (
    <button
      type="button"
      className={styles.segment}
      aria-pressed={mode === value}
      onClick={() => (mode === value ? undefined : onChange(value))}
      onPointerEnter={mode === value ? undefined : onIntent}
      onFocus={mode === value ? undefined : onIntent}
    >
      {label}
    </button>
  )
  return (
    <div className={styles.switchBar}>
      <div role="group" aria-label="Edit as" className={styles.segmented}>
        {option('form', 'Form')}
        {option('yaml', 'YAML')}
      </div>
      {note ? (
        <p role="alert" className={styles.switchNote}>
          {note}
        </p>
      ) : null}
    </div>
  )
}
