import { useSyncExternalStore } from 'react'

import { applyStoredTheme, THEME_KEY } from './theme-boot'

export { applyStoredTheme }

/**
 * The console follows the system's light or dark setting unless the admin picks one (the command
 * palette's "Switch to dark theme"); the choice is kept in this browser, for every account. It is
 * set as `data-theme` on <html>, which tokens.css reads.
 */
export type Theme = 'light' | 'dark'

const listeners = new Set<() => void>()
/** The system's setting; null where there is none to ask (jsdom). */
const dark = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null

/** The admin's choice, or null when the console follows the system. */
export function chosenTheme(): Theme | null {
  const theme = document.documentElement.dataset.theme
  return theme === 'light' || theme === 'dark' ? theme : null
}

/** The theme on screen now: the choice, else the system's. */
export function shownTheme(): Theme {
  return chosenTheme() ?? (dark()?.matches ? 'dark' : 'light')
}

/** Picks a theme (null: follow the system again), keeps it, and shows it at once. */
export function setTheme(theme: Theme | null) {
  try {
    if (theme) localStorage.setItem(THEME_KEY, theme)
    else localStorage.removeItem(THEME_KEY)
  } catch {
    // Not kept past this page, but still shown.
  }
  if (theme) document.documentElement.dataset.theme = theme
  else delete document.documentElement.dataset.theme
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const query = dark()
  query?.addEventListener('change', listener)
  // Picked in another tab: show it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY) return
    applyStoredTheme()
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    query?.removeEventListener('change', listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The theme on screen, re-rendering when the choice or the system's setting changes. */
export function useShownTheme(): Theme {
  return useSyncExternalStore(subscribe, shownTheme, () => 'light')
}

/** The admin's choice (null: the system's), re-rendering when it changes. */
export function useChosenTheme(): Theme | null {
  return useSyncExternalStore(subscribe, chosenTheme, () => null)
}
