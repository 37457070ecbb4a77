import { Compass } from 'lucide-react'
import { useState } from 'react'
import { useLocation } from 'react-router'

import { Button } from '@/components/ui/button'

import styles from '../onboarding.module.css'
import { markTourSeen, tourSeen } from './tour-state'
import { tourFor, type Tour } from './tours'

/** Start a tour (loading driver.js on demand). */
export async function startTour(tour: Tour, onClose?: () => void) {
  markTourSeen(tour)
  const { runTour } = await import('./run-tour')
  runTour(tour, () => onClose?.())
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
    <div className={styles.banner} role="region" aria-label={`Tour of ${tour.title}`}>
      <Compass size={18} aria-hidden />
      <p className={styles.bannerText}>
        New to {tour.title.toLowerCase()}? A {tour.steps.length}-step tour shows the essentials.
      </p>
      <Button size="small" variant="ghost" onClick={dismiss}>
        No thanks
      </Button>
      <Button
        size="small"
        variant="primary"
        onClick={() => void startTour(tour, () => setTick((n) => n + 1))}
      >
        Take the tour
      </Button>
    </div>
  )
}
