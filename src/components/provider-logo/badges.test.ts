import { readFileSync } from 'node:fs'

import * as simpleIcons from 'simple-icons'

import { catalog } from '@/catalog'

import { BADGE_SURFACE, contrast, MIN_LOGO_CONTRAST } from './contrast'
import { LOGO_SLUGS } from './logo-slugs'
import { CATEGORY_COLORS } from './provider-logo'
import type { LogoData } from './use-logo'

const tokens = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8')
const generated = import.meta.glob<{ default: LogoData }>('./icons/*.ts', { eager: true })
const logoOf = (slug: string) => generated[`./icons/${slug}.ts`]?.default
const badgeOf = (p: { id: string; initials: string }) =>
  LOGO_SLUGS[p.id] ? `logo ${LOGO_SLUGS[p.id]}` : `initials ${p.initials}`

test('no two providers share a badge, and initials stay unique for when a logo cannot load', () => {
  const badges = catalog.map(badgeOf)
  const shared = badges.filter((b, i) => badges.indexOf(b) !== i)
  expect(shared).toEqual([])
  const initials = catalog.map((p) => p.initials)
  expect(initials.filter((x, i) => initials.indexOf(x) !== i)).toEqual([])
  // The pair the issue saw: Slack and Splunk both read "SK".
  const [slack, splunk] = ['slack', 'splunk'].map((id) => catalog.find((p) => p.id === id)!)
  expect(badgeOf(slack)).not.toBe(badgeOf(splunk))
  expect(badgeOf(catalog.find((p) => p.id === 'github')!)).toBe('logo github')
})

test('every logo belongs to a catalog provider and its file is generated from simple-icons', () => {
  const ids = new Set(catalog.map((p) => p.id))
  const bySlug = new Map(Object.values(simpleIcons).map((i) => [i.slug, i]))
  for (const [id, slug] of Object.entries(LOGO_SLUGS)) {
    expect(ids, id).toContain(id)
    const icon = bySlug.get(slug)
    expect(logoOf(slug), slug).toMatchObject({ title: icon?.title, path: icon?.path })
  }
  expect(Object.keys(generated).length).toBe(new Set(Object.values(LOGO_SLUGS)).size)
})

/** `--name: #hex` as tokens.css declares it, first for light then inside the dark media query. */
function token(name: string) {
  const [light, dark] = tokens.split('@media (prefers-color-scheme: dark)')
  const read = (css: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]
  return { light: read(light), dark: read(dark) }
}

test('each logo keeps 3:1 against the badge in both themes, or is drawn in the text colour', () => {
  expect(token('--surface')).toEqual(BADGE_SURFACE)
  const text = token('--text')
  for (const theme of ['light', 'dark'] as const) {
    const surface = BADGE_SURFACE[theme]
    expect(contrast(text[theme]!, surface)).toBeGreaterThanOrEqual(MIN_LOGO_CONTRAST)
    for (const slug of new Set(Object.values(LOGO_SLUGS))) {
      const color = logoOf(slug)[theme]
      if (color) expect(contrast(color, surface), `${slug} ${theme}`).toBeGreaterThanOrEqual(3)
    }
  }
  // Dark brand marks (GitHub, Confluence) switch to the text colour on the dark surface.
  expect(logoOf('github').dark).toBeNull()
  expect(logoOf('confluence').dark).toBeNull()
})

test('initials read at 4.5:1, white on each category colour', () => {
  for (const color of Object.values(CATEGORY_COLORS))
    expect(contrast('#ffffff', color)).toBeGreaterThanOrEqual(4.5)
})
