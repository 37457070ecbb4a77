/**
 * Where the admin's theme choice is kept (src/app/theme/theme.ts). Its own module, with no imports, so
 * that vite.config.ts can read it in Node.
 */
export const THEME_KEY = 'delegate-console:theme'

/**
 * Sets the stored choice on <html>. Self-contained on purpose: the build copies its source into
 * the small script index.html runs as it loads (vite.config.ts), so a dark choice does not
 * flash light first; main.tsx runs it too (that script is async, and the dev server has none).
 */
export function applyStoredTheme() {
  let theme = null
  try {
    // Spelled out, not THEME_KEY: the build copies this function's source alone.
    theme = localStorage.getItem('delegate-console:theme')
  } catch {
    // Storage refused: follow the system.
  }
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
  else delete document.documentElement.dataset.theme
}
