/**
 * @vitest-environment jsdom
 */
import { readFileSync } from 'node:fs'

import { applyStoredTheme, chosenTheme, setTheme, shownTheme } from './theme'
import { THEME_KEY } from './theme-boot'

afterEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.theme
})

test('a picked theme is shown and kept; null follows the system again', () => {
  setTheme('dark')
  expect(document.documentElement.dataset.theme).toBe('dark')
  expect(localStorage.getItem(THEME_KEY)).toBe('dark')
  expect(shownTheme()).toBe('dark')
  setTheme(null)
  expect(chosenTheme()).toBeNull()
  expect(localStorage.getItem(THEME_KEY)).toBeNull()
  expect(shownTheme()).toBe('light')
})

test('the stored choice is applied on load; anything else is ignored', () => {
  localStorage.setItem(THEME_KEY, 'dark')
  applyStoredTheme()
  expect(chosenTheme()).toBe('dark')
  localStorage.setItem(THEME_KEY, 'purple')
  applyStoredTheme()
  expect(chosenTheme()).toBeNull()
})

test('the copy the build runs before paint reads the same key', () => {
  // applyStoredTheme's source is copied into index.html's first script, without its module.
  expect(applyStoredTheme.toString()).toMatch(new RegExp(`['"]${THEME_KEY}['"]`))
})

test('a picked dark theme has the same tokens as the system dark theme', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8')
  const declarations = (block: string) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('--'))
  const system =
    /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{([^}]*)\}/.exec(
      css,
    )
  const picked = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)
  expect(system && picked).toBeTruthy()
  expect(declarations(picked![1])).toEqual(declarations(system![1]))
  expect(declarations(system![1]).length).toBeGreaterThan(20)
})
