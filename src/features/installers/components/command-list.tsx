import { Copy } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { copyText } from '@/lib/clipboard'
import { toast } from '@/lib/toast'

import styles from '../installers.module.css'

/** Shell commands, one per line, each with its own copy button. */
export function CommandList({ commands }: { commands: string[] }) {
  const copy = async (command: string) => {
    if (await copyText(command)) toast.success('Command copied')
    else toast.error('The browser refused the clipboard. Select the command and copy it instead.')
  }
  return (
    <ol className={styles.commands} aria-label="Commands to run">
      {commands.map((command) => (
        <li key={command} className={styles.command}>
          <code>{command}</code>
          <Button
            size="small"
            variant="ghost"
            aria-label={`Copy ${command}`}
            onClick={() => void copy(command)}
          >
            <Copy size={14} aria-hidden />
          </Button>
        </li>
      ))}
    </ol>
  )
}
