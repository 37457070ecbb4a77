import { Search } from 'lucide-react'
import { lazy, Suspense, useEffect, useState } from 'react'

import { withQueryClient } from '@/api/query-client-loader'
import { isPaletteChord, paletteChordLabel, singleKeyAllowed } from '@/lib/shortcuts'

import styles from './layout.module.css'
import own from './command-launcher.module.css'

// The palette (cmdk, the queries it searches with) and the shortcuts list are chunks of their
// own, fetched on first use: only this listener and the header's button ship with the first page.
const loadPalette = withQueryClient(() => import('../command-palette/command-palette'))
const CommandPalette = lazy(loadPalette)
const ShortcutsDialog = lazy(() => import('../command-palette/shortcuts-dialog'))

/** Never opened yet (not loaded), open, or closed (loaded, kept for its state and test dialog). */
type Shown = boolean | null

/**
 * Ctrl/Cmd+K from anywhere opens the command palette (or closes it), `?` the keyboard shortcuts;
 * the header's "Search…" button opens the palette for a pointer. The lists' own single keys
 * (`/`, `t`) are theirs (useKeyShortcut).
 */
export function CommandLauncher() {
  const [palette, setPalette] = useState<Shown>(null)
  const [shortcuts, setShortcuts] = useState<Shown>(null)
  const [chord] = useState(paletteChordLabel)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isPaletteChord(event)) {
        // The browser's own Ctrl+K (its search bar) gives way inside the console.
        event.preventDefault()
        setShortcuts((open) => (open ? false : open))
        setPalette((open) => !open)
      } else if (event.key === '?' && singleKeyAllowed(event)) {
        event.preventDefault()
        setShortcuts(true)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <>
      <button
        type="button"
        className={`${styles.scopeTrigger} ${own.launcher}`}
        onClick={() => setPalette(true)}
        onPointerEnter={() => void loadPalette()}
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search size={14} aria-hidden />
        <span className={styles.triggerLabel}>Search…</span>
        {/* Said by aria-keyshortcuts; read aloud, "Ctrl K" would only lengthen the name. */}
        <kbd className={own.chord} aria-hidden>
          {chord}
        </kbd>
      </button>
      {palette !== null ? (
        <Suspense fallback={null}>
          <CommandPalette
            open={palette}
            onOpenChange={setPalette}
            onShowShortcuts={() => setShortcuts(true)}
          />
        </Suspense>
      ) : null}
      {shortcuts !== null ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open={shortcuts} onOpenChange={setShortcuts} />
        </Suspense>
      ) : null}
    </>
  )
}
