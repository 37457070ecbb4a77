import { Check, Copy } from 'lucide-react'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { copyText } from '@/lib/clipboard'

import styles from './shared.module.css'

/** A Copy button for a value shown beside it (or, in CopyBlock, on it). */
export function CopyButton({
  text,
  label,
  className,
}: {
  text: string
  label: string
  className?: string
}) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    setCopied(await copyText(text))
    setTimeout(() => setCopied(false), 2000)
  }
  return (
    <Button
      size="small"
      className={className}
      onClick={() => void copy()}
      aria-label={`${copied ? 'Copied' : 'Copy'} ${label}`}
    >
      {copied ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}
      {copied ? 'Copied' : 'Copy'}
    </Button>
  )
}

/** A read-only block of text (policy, YAML) with a Copy button. */
export function CopyBlock({ text, label }: { text: string; label: string }) {
  // The Copy button sits on the block, not in the text: the text scrolls under it, sideways too,
  // so YAML and JSON keep their indentation on a phone instead of wrapping.
  return (
    <div className={styles.snippetWrap}>
      <pre className={styles.snippet} aria-label={label} tabIndex={0}>
        {text}
      </pre>
      <CopyButton text={text} label={label} className={styles.copy} />
    </div>
  )
}
