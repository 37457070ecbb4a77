/**
 * @vitest-environment jsdom
 */
import { isPaletteChord, isTypingTarget, singleKeyAllowed } from './shortcuts'

function make(html: string) {
  document.body.innerHTML = html
  return document.body.querySelector('[data-at]') as HTMLElement
}

/** A keydown as the listener sees it, at `target`. */
function key(key: string, target: EventTarget | null, extra: Partial<KeyboardEventInit> = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...extra })
  Object.defineProperty(event, 'target', { value: target })
  return event
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('single-key shortcuts never fire while typing', () => {
  test.each([
    ['a text field', '<input data-at type="text" />'],
    ['a search field', '<input data-at type="search" />'],
    ['an input with no type', '<input data-at />'],
    ['a number field', '<input data-at type="number" />'],
    ['a textarea', '<textarea data-at></textarea>'],
    ['a select (letters pick options)', '<select data-at><option>a</option></select>'],
    ['a contenteditable', '<div contenteditable="true" data-at></div>'],
    ['inside a contenteditable', '<div contenteditable=""><p data-at>x</p></div>'],
    ['a combobox', '<div role="combobox" tabindex="0" data-at></div>'],
    ['a menu (typeahead)', '<div role="menu"><div role="menuitem" data-at></div></div>'],
    ['a listbox', '<div role="listbox"><div role="option" data-at></div></div>'],
    ['a modal dialog', '<div role="dialog"><button data-at>OK</button></div>'],
  ])('%s', (_name, html) => {
    const at = make(html)
    expect(isTypingTarget(at)).toBe(true)
    for (const k of ['?', '/', 't']) expect(singleKeyAllowed(key(k, at))).toBe(false)
  })

  test.each([
    ['the page', '<main data-at></main>'],
    ['a button', '<button data-at>Test</button>'],
    ['a link', '<a href="/x" data-at>x</a>'],
    ['a checkbox', '<input type="checkbox" data-at />'],
    ['a radio', '<input type="radio" data-at />'],
    ['a contenteditable turned off', '<div contenteditable="false" data-at></div>'],
  ])('but do on %s', (_name, html) => {
    const at = make(html)
    expect(isTypingTarget(at)).toBe(false)
    expect(singleKeyAllowed(key('t', at))).toBe(true)
    // `?` is Shift+/ on most layouts: Shift is allowed.
    expect(singleKeyAllowed(key('?', at, { shiftKey: true }))).toBe(true)
  })

  test('nor with Ctrl, Alt or Cmd, nor held down, composing or already handled', () => {
    const at = make('<main data-at></main>')
    expect(singleKeyAllowed(key('t', at, { ctrlKey: true }))).toBe(false)
    expect(singleKeyAllowed(key('t', at, { altKey: true }))).toBe(false)
    expect(singleKeyAllowed(key('t', at, { metaKey: true }))).toBe(false)
    expect(singleKeyAllowed(key('t', at, { repeat: true }))).toBe(false)
    expect(singleKeyAllowed(key('t', at, { isComposing: true }))).toBe(false)
    const handled = key('t', at)
    handled.preventDefault()
    expect(singleKeyAllowed(handled)).toBe(false)
  })

  test('a target that is not an element (the window) is not typing', () => {
    expect(isTypingTarget(window)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('the palette chord', () => {
  const at = () => make('<input data-at type="text" />')

  test('Ctrl+K and Cmd+K, even in a text field', () => {
    expect(isPaletteChord(key('k', at(), { ctrlKey: true }))).toBe(true)
    expect(isPaletteChord(key('k', at(), { metaKey: true }))).toBe(true)
    expect(isPaletteChord(key('K', at(), { ctrlKey: true }))).toBe(true)
  })

  test('not K alone, nor with Shift or Alt as well', () => {
    expect(isPaletteChord(key('k', at()))).toBe(false)
    expect(isPaletteChord(key('K', at(), { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isPaletteChord(key('k', at(), { ctrlKey: true, altKey: true }))).toBe(false)
  })

  test('by its place on a layout that types another alphabet there, not on a Latin one', () => {
    expect(isPaletteChord(key('л', at(), { ctrlKey: true, code: 'KeyK' }))).toBe(true)
    // Dvorak types "t" where QWERTY has K: Ctrl+T stays the browser's.
    expect(isPaletteChord(key('t', at(), { ctrlKey: true, code: 'KeyK' }))).toBe(false)
  })
})
