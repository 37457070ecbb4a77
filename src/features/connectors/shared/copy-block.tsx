import { Check, Copy } from 'lucide-react'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { copyText } from '@/lib/clipboard'

import styles from './shared.module.css'

/** A read-only block of text (policy, YAML, reference) with a Copy button. */
export function CopyBlock({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    setCopied(await copyText(text))
    setTimeout(() => setCopied(false), 2000)
  }
  return (
    <pre className={styles.snippet} aria-label={label} tabIndex={0}>
      {text}
      <Button
        size="small"
        className={styles.copy}
        onClick={() => void copy()}
        aria-label={`Copy ${label}`}
      >
        {copied ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </pre>
  )
}
