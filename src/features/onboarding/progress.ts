import { useSyncExternalStore } from 'react'

import type { StepId } from './steps'

/**
 * What the checklist remembers in this browser: steps skipped or ticked by hand, the step being
 * walked through, and whether the checklist was dismissed. Never any secret.
 */
export interface Progress {
  skipped: StepId[]
  done: StepId[]
  active: StepId | null
  dismissed: boolean
}

const KEY = 'delegate-console:onboarding'
const EMPTY: Progress = { skipped: [], done: [], active: null, dismissed: false }
const listeners = new Set<() => void>()
let cache: { raw: string | null; value: Progress } = { raw: null, value: EMPTY }

function read(): Progress {
  const raw = localStorage.getItem(KEY)
  if (raw === cache.raw) return cache.value
  let value = EMPTY
  try {
    const parsed = JSON.parse(raw ?? 'null') as Partial<Progress> | null
    if (parsed) value = { ...EMPTY, ...parsed }
  } catch {
    value = EMPTY
  }
  cache = { raw, value }
  return value
}

export function updateProgress(change: (p: Progress) => Progress) {
  localStorage.setItem(KEY, JSON.stringify(change(read())))
  listeners.forEach((l) => l())
}

export function restartProgress() {
  localStorage.removeItem(KEY)
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => e.key === KEY && listener()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, read, () => EMPTY)
}
