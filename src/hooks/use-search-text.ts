import { useEffect, useRef, useState } from 'react'

/**
 * A list's search box's own text, for a search kept in the URL. Each key goes to the URL at once
 * (the list filters as you type), but the URL shows it a moment later: a value the box sent is not
 * taken back, or fast typing would lose letters; any other (Back, "Clear filters", a command
 * palette's jump to `?q=`) replaces the text.
 */
export function useSearchText(value: string, send: (next: string) => void) {
  const [text, setText] = useState(value)
  const sent = useRef<string[]>([])
  useEffect(() => {
    const at = sent.current.indexOf(value)
    sent.current = at === -1 ? [] : sent.current.slice(at + 1)
    if (at === -1) setText(value)
  }, [value])
  const change = (next: string) => {
    setText(next)
    sent.current.push(next)
    send(next)
  }
  return [text, change] as const
}
