import { useEffect, useState } from 'react'

import { LOGO_SLUGS } from './logo-slugs'

/** A generated logo module (scripts/provider-logos.ts). Colours are null where the text colour is used. */
export interface LogoData {
  title: string
  light: string | null
  dark: string | null
  path: string
}

// One chunk per logo, fetched when a badge first shows it: no page carries logos it does not show.
const modules = import.meta.glob<{ default: LogoData }>('./icons/*.ts')
const loaded = new Map<string, LogoData | 'failed'>()
const pending = new Map<string, Promise<void>>()

function load(slug: string): Promise<void> {
  const importer = modules[`./icons/${slug}.ts`]
  let promise = pending.get(slug)
  if (!promise) {
    promise = (importer ? importer() : Promise.reject(new Error(`No logo ${slug}`))).then(
      (m) => void loaded.set(slug, m.default),
      () => void loaded.set(slug, 'failed'),
    )
    pending.set(slug, promise)
  }
  return promise
}

export type LogoState = { kind: 'none' } | { kind: 'loading' } | { kind: 'ready'; logo: LogoData }

const stateOf = (slug: string | undefined): LogoState => {
  if (!slug) return { kind: 'none' }
  const got = loaded.get(slug)
  if (got === 'failed') return { kind: 'none' } // initials, as for a provider without a logo
  return got ? { kind: 'ready', logo: got } : { kind: 'loading' }
}

/** The provider's logo once its chunk is in; `none` keeps the initials (no logo, or it failed to load). */
export function useLogo(providerId: string): LogoState {
  const slug = LOGO_SLUGS[providerId]
  const [, rerender] = useState(0)
  const state = stateOf(slug)
  useEffect(() => {
    if (!slug || loaded.has(slug)) return
    let live = true
    void load(slug).then(() => live && rerender((n) => n + 1))
    return () => {
      live = false
    }
  }, [slug])
  return state
}
