import { Check, Copy, TriangleAlert } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import form from '@/components/ui/form.module.css'
import { Notice } from '@/components/ui/page'
import { copyText } from '@/lib/clipboard'

import styles from '../delegates.module.css'

type CopyState = 'copying' | 'copied' | 'refused'

/**
 * A new token's value, shown once: copied to the clipboard at once (seed 002: "its value is copied
 * to your system clipboard"), with a select-and-copy fallback where the Clipboard API is refused.
 * `onCopied` fires once the value has been copied either way.
 */
export function TokenValue({
  name,
  value,
  onCopied,
}: {
  name: string
  value: string
  onCopied: () => void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<CopyState>('copying')
  const started = useRef(false)

  const copy = async () => {
    const ok = await copyText(value)
    setState(ok ? 'copied' : 'refused')
    if (ok) onCopied()
    else input.current?.select()
  }

  useEffect(() => {
    // Once per shown value, even under StrictMode's double effect.
    if (started.current) return
    started.current = true
    void copy()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const copiedByHand = () => {
    setState('copied')
    onCopied()
  }

  return (
    <div className={form.grid}>
      <div className={form.field}>
        <label className={form.label} htmlFor={id}>
          Value of {name}
        </label>
        <div className={styles.inputRow}>
          <input
            ref={input}
            id={id}
            className={[form.input, form.mono].join(' ')}
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
            onCopy={copiedByHand}
            spellCheck={false}
            autoComplete="off"
          />
          <Button onClick={() => void copy()}>
            {state === 'copied' ? <Check size={16} aria-hidden /> : <Copy size={16} aria-hidden />}{' '}
            Copy
          </Button>
        </div>
        <div role="status" aria-live="polite" className={styles.copyStatus}>
          {state === 'copied' ? (
            <span className={styles.ok}>
              <Check size={14} aria-hidden /> Copied to your clipboard.
            </span>
          ) : null}
          {state === 'refused' ? (
            <span className={form.error}>
              Your browser did not let the console copy. The value is selected: press Ctrl+C (⌘C on
              a Mac) to copy it.
            </span>
          ) : null}
        </div>
      </div>
      <Notice tone="warning" icon={<TriangleAlert size={18} aria-hidden />}>
        <strong>Save the new token value now: the console shows it only here.</strong> Put it into
        your delegates or your secret store. Later, anyone who may edit delegates can copy it again
        from the token list (Copy value), straight to the clipboard; the Manager gives it to them,
        and the console never shows it on screen.
      </Notice>
    </div>
  )
}
