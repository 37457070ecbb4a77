import { Dialog } from '@/components/ui/dialog'
import { Button } from '@/components/ui/button'
import { paletteChordLabel } from '@/lib/shortcuts'

import styles from './shortcuts.module.css'

interface Shortcut {
  keys: string[]
  what: string
}

const chord = paletteChordLabel().split(' ')

/** Every shortcut of the console, where it works. Keep in step with the listeners' keys. */
const SECTIONS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: chord, what: 'Open or close the command palette' },
      { keys: ['?'], what: 'Show these shortcuts' },
    ],
  },
  {
    title: 'On the lists',
    shortcuts: [
      { keys: ['/'], what: 'Search the list (Connectors, Delegate Tokens, Delegates)' },
      {
        keys: ['t'],
        what: 'Test the connector whose row has focus (Connectors: Tab to its name or checkbox)',
      },
    ],
  },
  {
    title: 'In the command palette',
    shortcuts: [
      { keys: ['↑', '↓'], what: 'Move through the results' },
      { keys: ['Enter'], what: 'Open or run the chosen one' },
      { keys: ['Backspace'], what: 'Back from a sub-list, when the field is empty' },
      { keys: ['Esc'], what: 'Close' },
    ],
  },
]

/** `?`: the keyboard shortcuts. A lazy chunk, loaded on the first `?`. */
export default function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Keyboard shortcuts"
      description="Single keys never act while you type in a field, or with Ctrl, Alt or Cmd held."
      footer={
        <Button variant="primary" onClick={() => onOpenChange(false)}>
          Done
        </Button>
      }
    >
      {SECTIONS.map((section) => (
        <table key={section.title} className={styles.shortcuts}>
          <caption>{section.title}</caption>
          <tbody>
            {section.shortcuts.map((s) => (
              <tr key={s.what}>
                <th scope="row">
                  <span className={styles.keys}>
                    {s.keys.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </span>
                </th>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  )
}
