import { Copy } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { copyText } from '@/lib/clipboard'
import { toast } from '@/lib/toast'

import styles from '../installers.module.css'

/**
 * The file as text, with line numbers drawn by CSS counters so that selecting and copying the
 * text never picks them up. It is a focusable region so keyboard users can scroll it.
 */
export function FilePreview({ filename, content }: { filename: string; content: string }) {
  const lines = content.endsWith('\n') ? content.slice(0, -1).split('\n') : content.split('\n')
  const copy = async () => {
    if (await copyText(content)) toast.success(`Copied ${filename}`)
    else toast.error('The browser refused the clipboard. Select the text and copy it instead.')
  }
  return (
    <div className={styles.preview}>
      <div className={styles.previewBar}>
        <code className={styles.previewName}>{filename}</code>
        <Button size="small" variant="ghost" onClick={() => void copy()}>
          <Copy size={14} aria-hidden /> Copy
        </Button>
      </div>
      <pre className={styles.code} tabIndex={0} role="region" aria-label={`Preview of ${filename}`}>
        <code>
          {lines.map((line, i) => (
            <span key={i} className={styles.line}>
              {line}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  )
}
