import { useEffect, useRef } from 'react'

import { singleKeyAllowed } from '@/lib/shortcuts'

/**
 * A single-key shortcut of a page (`/` to search a list, `t` to test the focused row), active while
 * the page is shown. It never fires while typing, with Ctrl, Alt or Cmd, or behind a dialog
 * (lib/shortcuts.ts). The handler returns false when the key meant nothing here (no row has
 * focus), so the key keeps its default.
 */
export function useKeyShortcut(key: string, handler: (event: KeyboardEvent) => boolean | void) {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== key || !singleKeyAllowed(event)) return
      if (latest.current(event) !== false) event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [key])
}

/** For `/`: focus a list's search field and select its text, ready to type over. */
export function focusField(field: HTMLInputElement | null): boolean {
  if (!field) return false
  field.focus()
  field.select()
  return true
}
