import { useEffect } from 'react'
import { useBlocker } from 'react-router'

/**
 * While `when` holds (a token value shown but not copied), in-app navigation is held for the
 * caller to confirm (`blocker.state === 'blocked'`), and closing or reloading the tab asks the
 * browser's own question. Returns the blocker so the caller can proceed or stay.
 */
export function useLeaveGuard(when: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    if (!when) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [when])
  return blocker
}
