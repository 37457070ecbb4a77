import { Compass } from 'lucide-react'
import { useState } from 'react'
import { useLocation } from 'react-router'

import { Button } from '@/components/ui/button'

import styles from '../onboarding.module.css'
import { markTourSeen, tourSeen } from './tour-state'
import { tourFor, type Tour } from './tours'

/** The Help menu's button, where every tour can be replayed. */
export const HELP_TRIGGER_ID = 'help-menu-trigger'

/**
 * Where focus goes when a tour closes (driver.js leaves it on <body>): back to the control that
 * opened the tour; when that goes away with the tour (the offer banner, a Help menu item), to Help.
 */
function returnFocus(opener: HTMLElement | null) {
  const transient = opener?.closest('[role="menu"], [data-tour-offer]')
  const target =
    opener?.isConnected && !transient ? opener : document.getElementById(HELP_TRIGGER_ID)
  if (target) return target.focus()
  // Help arrives after the page's first paint: a tour taken and closed before that focuses it
  // when it comes, unless the admin has put focus somewhere meanwhile.
  const observer = new MutationObserver(() => {
    const help = document.getElementById(HELP_TRIGGER_ID)
    if (!help) return
    observer.disconnect()
    if (!document.activeElement || document.activeElement === document.body) help.focus()
  })
  observer.observe(document.body, { childList: true, subtree: true })
  setTimeout(() => observer.disconnect(), 10_000)
}

/** Start a tour (loading driver.js on demand). */
export async function startTour(tour: Tour, onClose?: () => void) {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  markTourSeen(tour)
  const { runTour } = await import('./run-tour')
  runTour(tour, () => {
    returnFocus(opener)
    onClose?.()
  })
}

/** Offers the page's tour once, unobtrusively; never starts one uninvited. */
export function TourOffer() {
  const { pathname } = useLocation()
  const tour = tourFor(pathname)
  const [, setTick] = useState(0)
  if (!tour || tourSeen(tour)) return null
  const dismiss = () => {
    markTourSeen(tour)
    setTick((n) => n + 1)
  }
  return (
    <div
      className={`${styles.banner} ${styles.offer}`}
      role="region"
      aria-label={`Tour of ${tour.title}`}
      data-tour-offer
    >
      <Compass size={18} aria-hidden />
      <p className={styles.bannerText}>
        New to {tour.title.toLowerCase()}?{' '}
        <span className={styles.wideOnly}>
          A {tour.steps.length}-step tour shows the essentials.
        </span>
      </p>
      <Button size="small" variant="ghost" onClick={dismiss}>
        No thanks
      </Button>
      <Button
        size="small"
        variant="primary"
        onClick={() => {
          void startTour(tour, () => setTick((n) => n + 1))
          // The offer leaves as the tour starts: it must not sit behind the tour's overlay.
          setTick((n) => n + 1)
        }}
      >
        Take the tour
      </Button>
    </div>
  )
}
