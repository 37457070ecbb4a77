/**
 * The keyboard's rules for the console's shortcuts (issue 25). Small and free of React: the
 * entry's key listener uses it, so it ships with the first page.
 */

/** Input types where a letter does not type text: a shortcut may fire there. */
const NON_TEXT_INPUT = /^(button|checkbox|radio|submit|reset|range|color|file|image)$/

/**
 * Widgets that take letters themselves: text fields, comboboxes, and the menus and lists that
 * move by typeahead. A modal dialog owns the keyboard too: the page behind it is inert.
 */
const OWNS_KEYS =
  'textarea,select,[contenteditable]:not([contenteditable=false]),[role=textbox],[role=searchbox],' +
  '[role=combobox],[role=menu],[role=menubar],[role=listbox],[role=dialog],[role=alertdialog]'

/** Whether a key pressed at `target` is someone typing (or a widget's own key), not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as Element
  if (element.tagName === 'INPUT') return !NON_TEXT_INPUT.test((element as HTMLInputElement).type)
  return element.closest(OWNS_KEYS) !== null
}

type KeyInfo = Pick<
  KeyboardEvent,
  | 'key'
  | 'code'
  | 'ctrlKey'
  | 'metaKey'
  | 'altKey'
  | 'shiftKey'
  | 'repeat'
  | 'isComposing'
  | 'defaultPrevented'
  | 'target'
>

/**
 * Whether a single-key shortcut (`?`, `/`, `t`) may act on this key: never while typing, never
 * with Ctrl, Alt or Cmd (those are the browser's and the system's), never while an input method
 * composes, and not when something else has handled the key. Shift is allowed: `?` needs it, and
 * so does `/` on some layouts.
 */
export function singleKeyAllowed(event: KeyInfo): boolean {
  if (event.defaultPrevented || event.repeat || event.isComposing) return false
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  return !isTypingTarget(event.target)
}

/**
 * Ctrl+K or Cmd+K, anywhere (in a text field too, as in most palettes). On a layout whose K key
 * types another letter (Cyrillic, Greek), the key's place on the keyboard counts.
 */
export function isPaletteChord(event: KeyInfo): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false
  if (event.isComposing) return false
  const key = event.key.toLowerCase()
  return key === 'k' || (!/^[a-z]$/.test(key) && event.code === 'KeyK')
}

/** "⌘K" on a Mac, "Ctrl K" elsewhere, as the header's button and the shortcuts list say it. */
export function paletteChordLabel(): string {
  // navigator.platform is frozen but still right about Apple's systems, everywhere.
  return /mac|iphone|ipad/i.test(navigator.platform) ? '⌘K' : 'Ctrl K'
}
