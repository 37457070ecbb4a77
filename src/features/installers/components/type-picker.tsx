import { Boxes, Container, FileCode2, Ship, Terminal, Workflow } from 'lucide-react'
import type { UseFormRegisterReturn } from 'react-hook-form'

import { INSTALLER_TYPES } from '../form/options'
import type { InstallerType } from '../lib/types'
import styles from '../installers.module.css'

const ICONS: Record<InstallerType, typeof Boxes> = {
  kubernetes: Boxes,
  helm: Ship,
  docker: Container,
  shell: Terminal,
  ecs: Workflow,
  terraform: FileCode2,
}

/** The delegate type as a radio group of cards: arrow keys move between them, as radios do. */
export function TypePicker({ registration }: { registration: UseFormRegisterReturn<'type'> }) {
  return (
    <fieldset className={styles.typePicker}>
      <legend className={styles.legend}>Delegate type</legend>
      <div className={styles.typeGrid}>
        {INSTALLER_TYPES.map(({ id, label, description }) => {
          const Icon = ICONS[id]
          return (
            <label key={id} className={styles.typeCard}>
              <input
                type="radio"
                value={id}
                className={styles.typeRadio}
                aria-labelledby={`installer-type-${id}`}
                aria-describedby={`installer-type-${id}-description`}
                {...registration}
              />
              <Icon size={18} aria-hidden className={styles.typeIcon} />
              <span className={styles.typeText}>
                <span id={`installer-type-${id}`} className={styles.typeLabel}>
                  {label}
                </span>
                <span id={`installer-type-${id}-description`} className={styles.typeDescription}>
                  {description}
                </span>
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
