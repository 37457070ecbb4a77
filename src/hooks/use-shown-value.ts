import { useState } from 'react'

/**
 * What a control bound to URL state shows: the user's choice at once, while the URL catches up.
 * React Router applies search-param changes in a transition, and until it commits a controlled
 * checkbox or select would snap back to the old value. A change of the value from anywhere (the
 * URL catching up, Back, a link) replaces the choice.
 */
export function useShownValue<T>(value: T) {
  const [asked, setAsked] = useState<{ value: T } | null>(null)
  const [seen, setSeen] = useState(value)
  if (!Object.is(seen, value)) {
    setSeen(value)
    setAsked(null)
  }
  const shown = asked ? asked.value : value
  return [shown, (next: T) => setAsked({ value: next })] as const
}
