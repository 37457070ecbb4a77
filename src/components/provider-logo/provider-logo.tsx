import type { CSSProperties } from 'react'

import type { CategoryId } from '@/catalog/types'

import styles from './provider-logo.module.css'
import { useLogo, type LogoData } from './use-logo'

/** What a badge needs: a catalog provider, or the list's summary of one. */
export interface BadgeProvider {
  id: string
  initials: string
  category: CategoryId
}

/** The initials' tile, on the category colour (white text, 4.5:1 or more on each). */
export const CATEGORY_COLORS: Record<CategoryId, string> = {
  code: '#5b3fd1',
  artifacts: '#c2410c',
  cloud: '#0a6bd3',
  secrets: '#0f7a5a',
  observability: '#b4236b',
  collaboration: '#6b5b00',
}

/** Per-theme brand colours as custom properties; absent where the text colour is used instead. */
const colors = (logo: LogoData) =>
  ({
    ...(logo.light ? { '--logo-light': logo.light } : {}),
    ...(logo.dark ? { '--logo-dark': logo.dark } : {}),
  }) as CSSProperties

/**
 * A provider's badge everywhere one shows (connector list, picker, detail): its logo from
 * simple-icons, loaded when first shown, or its initials where it has none. Decorative: the
 * provider's name is always in the text beside it.
 */
export function ProviderLogo({
  provider,
  size = 'default',
}: {
  provider: BadgeProvider
  size?: 'default' | 'small'
}) {
  const state = useLogo(provider.id)
  if (state.kind === 'none')
    return (
      <span
        className={`${styles.badge} ${styles.initials}`}
        data-size={size}
        style={{ background: CATEGORY_COLORS[provider.category] }}
        aria-hidden
      >
        {provider.initials}
      </span>
    )
  return (
    <span
      className={`${styles.badge} ${styles.logo}`}
      data-size={size}
      data-logo={state.kind === 'ready' ? provider.id : undefined}
      style={state.kind === 'ready' ? colors(state.logo) : undefined}
      aria-hidden
    >
      {state.kind === 'ready' ? (
        <svg viewBox="0 0 24 24" focusable="false">
          <path d={state.logo.path} />
        </svg>
      ) : null}
    </span>
  )
}

/** The same badge inside an SVG (the network diagram), `size` px square at x, y. */
export function ProviderLogoSvg({
  provider,
  x,
  y,
  size,
}: {
  provider: BadgeProvider
  x: number
  y: number
  size: number
}) {
  const state = useLogo(provider.id)
  if (state.kind === 'none')
    return (
      <g aria-hidden>
        <rect
          x={x}
          y={y}
          width={size}
          height={size}
          rx={size / 4}
          fill={CATEGORY_COLORS[provider.category]}
        />
        <text
          x={x + size / 2}
          y={y + size / 2 + 3.5}
          textAnchor="middle"
          fontSize="9"
          fontWeight="700"
          fill="#fff"
        >
          {provider.initials}
        </text>
      </g>
    )
  const inset = size * 0.18
  return (
    <g aria-hidden data-logo={state.kind === 'ready' ? provider.id : undefined}>
      <rect x={x} y={y} width={size} height={size} rx={size / 4} className={styles.svgTile} />
      {state.kind === 'ready' ? (
        <svg
          x={x + inset}
          y={y + inset}
          width={size - 2 * inset}
          height={size - 2 * inset}
          viewBox="0 0 24 24"
          className={styles.svgLogo}
          style={colors(state.logo)}
        >
          <path d={state.logo.path} />
        </svg>
      ) : null}
    </g>
  )
}
