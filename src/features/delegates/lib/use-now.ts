import { useEffect, useState } from 'react'

/** The current time, refreshed every `intervalMs`, so "2 minutes ago" stays true while the page is open. */
export function useNow(intervalMs = 15_000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(id)
  }, [intervalMs])
  return now
}
