import { runTour } from './run-tour'
import type { Tour } from './tours'

const tour = {
  id: 'test',
  title: 'Test',
  steps: [
    { target: 'nowhere', title: 'First', text: 'One' },
    { target: 'nowhere', title: 'Second', text: 'Two' },
  ],
} as unknown as Tour

describe('runTour', () => {
  afterEach(() => vi.restoreAllMocks())

  // On a busy machine the Close button can be pressed before the first step's animation frame
  // runs; driver.js then skips onDestroyed, and focus was left on <body> (a loaded run failed).
  it('reports the close even before the first frame has run', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
    const onClose = vi.fn()
    runTour(tour, onClose)
    const close = document.querySelector<HTMLButtonElement>('.driver-popover-close-btn')
    expect(close).not.toBeNull()
    close!.click()
    await Promise.resolve()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(document.querySelector('.driver-popover')).toBeNull()
  })

  it('reports Escape once', async () => {
    const onClose = vi.fn()
    runTour(tour, onClose)
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape' }))
    await Promise.resolve()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(document.querySelector('.driver-popover')).toBeNull()
  })
})
