import * as RadixDialog from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import { useRef, type ReactNode } from 'react'

import { Button } from './button'
import styles from './ui.module.css'

interface DialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
  footer?: ReactNode
  wide?: boolean
  /** Return false to keep the dialog open (e.g. an uncopied token); called on Esc, outside click, ×. */
  onBeforeClose?: () => boolean
  /** The title for screen readers only, when the content says it already (the command palette). */
  hideTitle?: boolean
  /** Replaces the dialog's own box (size, place, padding); the look (surface, border) stays. */
  className?: string
  /** False: a click outside does not close it (Esc and × still do). */
  closeOnOutside?: boolean
}

/** The one dialog primitive: Radix Dialog with the console's look (STYLE.md principle 15). */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  wide,
  onBeforeClose,
  hideTitle,
  className,
  closeOnOutside = true,
}: DialogProps) {
  // Radix returns focus to its own Trigger; our dialogs are opened from plain buttons, so remember
  // what had focus when the dialog opened and go back to it on close (keyboard users keep their place).
  const returnFocus = useRef<HTMLElement | null>(null)
  const change = (next: boolean) => {
    if (!next && onBeforeClose && !onBeforeClose()) return
    onOpenChange(next)
  }
  return (
    <RadixDialog.Root open={open} onOpenChange={change}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content
          className={[styles.dialog, wide && styles.dialogWide, className]
            .filter(Boolean)
            .join(' ')}
          aria-describedby={description ? undefined : undefined}
          onInteractOutside={closeOnOutside ? undefined : (event) => event.preventDefault()}
          onOpenAutoFocus={() => {
            returnFocus.current =
              document.activeElement instanceof HTMLElement ? document.activeElement : null
          }}
          onCloseAutoFocus={(event) => {
            const target = returnFocus.current
            if (target?.isConnected) {
              event.preventDefault()
              target.focus()
            }
          }}
        >
          <RadixDialog.Title className={hideTitle ? 'visually-hidden' : styles.dialogTitle}>
            {title}
          </RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className={styles.dialogDescription}>
              {description}
            </RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
          {footer ? <div className={styles.dialogFooter}>{footer}</div> : null}
          <Button
            variant="ghost"
            size="small"
            className={styles.dialogClose}
            aria-label="Close"
            onClick={() => change(false)}
          >
            <X size={16} aria-hidden />
          </Button>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
