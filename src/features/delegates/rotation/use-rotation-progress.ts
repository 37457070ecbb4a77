import { useState } from 'react'

import type { Scope } from '@/api/scope'

import { clearProgress, loadProgress, saveProgress, type RotationProgress } from './progress'

/** Rotation progress in state, written through to localStorage on every change. */
export function useRotationProgress(scope: Scope, tokenName: string) {
  const [progress, setProgress] = useState(() => loadProgress(scope, tokenName))
  const update = (patch: Partial<RotationProgress>) =>
    setProgress((prev) => {
      const next = { ...prev, ...patch }
      saveProgress(scope, tokenName, next)
      return next
    })
  const reset = () => {
    clearProgress(scope, tokenName)
    setProgress(loadProgress(scope, tokenName))
  }
  return { progress, update, reset }
}
