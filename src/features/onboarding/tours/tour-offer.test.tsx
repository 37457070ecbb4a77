import { HELP_TRIGGER_ID, startTour } from './tour-offer'
import type { Tour } from './tours'

const tour = {
  id: 'focus-test',
  title: 'Test',
  steps: [{ target: 'nowhere', title: 'First', text: 'One' }],
} as unknown as Tour

async function closeTour() {
  document.querySelector<HTMLButtonElement>('.driver-popover-close-btn')!.click()
  await Promise.resolve()
}

describe('startTour: focus after the tour', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  // The Help menu loads after the page's first paint; a tour can be taken from the offer and
  // closed before it is there (a loaded run failed so). Focus then waits for Help.
  it('focuses Help when it arrives after a tour closed from the offer', async () => {
    document.body.innerHTML =
      '<div data-tour-offer><button id="opener">Take the tour</button></div>'
    document.getElementById('opener')!.focus()
    await startTour(tour)
    document.querySelector('[data-tour-offer]')!.remove()
    await closeTour()
    expect(document.activeElement).toBe(document.body)

    const help = document.createElement('button')
    help.id = HELP_TRIGGER_ID
    document.body.append(help)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.activeElement).toBe(help)
  })

  it('leaves focus where the admin put it meanwhile', async () => {
    document.body.innerHTML =
      '<div data-tour-offer><button id="opener">Take the tour</button></div><input id="search" />'
    document.getElementById('opener')!.focus()
    await startTour(tour)
    document.querySelector('[data-tour-offer]')!.remove()
    await closeTour()
    document.getElementById('search')!.focus()

    const help = document.createElement('button')
    help.id = HELP_TRIGGER_ID
    document.body.append(help)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.activeElement).toBe(document.getElementById('search'))
  })
})
