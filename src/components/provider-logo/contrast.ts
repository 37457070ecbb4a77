/**
 * The badge's background in each theme: `--surface` in src/styles/tokens.css (the test reads the
 * file, so the two cannot drift apart).
 */
export const BADGE_SURFACE = { light: '#ffffff', dark: '#161b24' } as const

/** WCAG 1.4.11: a logo is a graphical object, 3:1 against what is next to it. */
export const MIN_LOGO_CONTRAST = 3

function luminance(hex: string) {
  const n = parseInt(hex.slice(1), 16)
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The brand colour where it keeps 3:1 on the badge, else null (the badge uses the text colour). */
export function badgeColor(brand: string, surface: string): string | null {
  return contrast(brand, surface) >= MIN_LOGO_CONTRAST ? brand.toLowerCase() : null
}
