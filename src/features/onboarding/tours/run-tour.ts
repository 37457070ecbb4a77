import 'driver.js/dist/driver.css'
import './tour.css'

import { driver } from 'driver.js'

import type { Tour } from './tours'

/**
 * Runs a tour with driver.js (keyboard: →/← to move, Esc to close; focus stays in the popover).
 * Loaded on demand, so pages without a tour never download it.
 */
export function runTour(tour: Tour, onClose: () => void) {
  const instance = driver({
    showProgress: true,
    // driver.js ignores keys while it animates; without animation every key press counts.
    animate: false,
    allowKeyboardControl: true,
    smoothScroll: true,
    overlayOpacity: 0.45,
    popoverClass: 'delegate-console-tour',
    nextBtnText: 'Next',
    prevBtnText: 'Back',
    doneBtnText: 'Done',
    steps: tour.steps.map((s) => ({
      element: document.querySelector(`[data-tour="${s.target}"]`)
        ? `[data-tour="${s.target}"]`
        : undefined,
      popover: { title: s.title, description: s.text },
    })),
    // Every way out (Close, Escape, the overlay, Done) passes here. driver.js calls onDestroyed
    // only once the first step's frame has run, so a close before it (a busy machine) would skip
    // it; this hook comes first, always. driver.js then focuses what had focus when the step
    // opened: on the first step the control that started the tour, which may leave with the tour
    // (the offer banner), dropping focus to <body>. Our focus goes last.
    onDestroyStarted: () => {
      instance.destroy()
      queueMicrotask(onClose)
    },
  })
  instance.drive()
  return instance
}
