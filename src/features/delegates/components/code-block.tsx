import { Copy } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { copyText } from '@/lib/clipboard'
import { toast } from '@/lib/toast'

import styles from '../delegates.module.css'

/** A snippet to paste into a terminal or file, with a copy button. */
export function CodeBlock({ code, label }: { code: string; label: string }) {
  const copy = async () => {
    if (await copyText(code)) toast.success('Copied.')
    else
      toast.error('Your browser did not let the console copy. Select the text and copy it by hand.')
  }
  return (
    <div>
      <pre className={styles.code} aria-label={label} tabIndex={0}>
        <code>{code}</code>
      </pre>
      <Button
        size="small"
        variant="ghost"
        onClick={() => void copy()}
        aria-label={`Copy: ${label}`}
      >
        <Copy size={14} aria-hidden /> Copy
      </Button>
    </div>
  )
}
