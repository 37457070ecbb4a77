import { useCallback, useLayoutEffect, useRef } from 'react'
import { useSearchParams, type NavigateOptions } from 'react-router'

/**
 * Values by key (an empty value or null removes the key), or a function that changes one copy of
 * the current params in place: `next.set(...)`, `next.delete(...)`.
 */
export type ParamsChange =
  Record<string, string | null | undefined> | ((next: URLSearchParams) => void)

/**
 * `useSearchParams` whose updates build on each other. React Router's functional setter starts
 * from the params of the last render, so two changes before the next render (clear the search box,
 * then pick a status) lose the first: the second restores what the first removed. Here each change
 * starts from the newest params asked for, until the URL shows them; a navigation from elsewhere
 * (Back, a link) wins over changes still on their way. `update` keeps one identity, so it can sit
 * in effect dependencies.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams()
  const rendered = params.toString()
  const shown = useRef(rendered)
  // Params asked for and not rendered yet, oldest first.
  const pending = useRef<string[]>([])
  const set = useRef(setParams)

  useLayoutEffect(() => {
    set.current = setParams
    if (shown.current === rendered) return
    shown.current = rendered
    const at = pending.current.indexOf(rendered)
    pending.current = at === -1 ? [] : pending.current.slice(at + 1)
  }, [rendered, setParams])

  const update = useCallback((change: ParamsChange, options?: NavigateOptions) => {
    const next = new URLSearchParams(pending.current.at(-1) ?? shown.current)
    if (typeof change === 'function') change(next)
    else
      for (const [key, value] of Object.entries(change)) {
        if (value) next.set(key, value)
        else next.delete(key)
      }
    pending.current.push(next.toString())
    set.current(next, options)
  }, [])

  return [params, update] as const
}
