import { useEffect } from 'react'
import { useBlocker } from 'react-router'

/**
 * While `when` holds (a token value shown but not copied, a form with unsaved changes), in-app
 * navigation to another page is held for the caller to confirm (`blocker.state === 'blocked'`),
 * and closing or reloading the tab asks the browser's own question. With `search`, a change of
 * the query alone (scope, provider) counts as leaving too. Returns the blocker so the caller can
 * proceed or stay.
 */
export function useLeaveGuard(when: boolean, { search = false }: { search?: boolean } = {}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      (currentLocation.pathname !== nextLocation.pathname ||
        (search && currentLocation.search !== nextLocation.search)),
  )
  useEffect(() => {
    if (!when) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [when])
  return blocker
}
