import { useState } from 'react'

import { fetchTokenValue } from '@/api/queries/delegates'
import { describeError } from '@/api/errors'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/page'
import { copyText } from '@/lib/clipboard'
import { toast } from '@/lib/toast'

import { GenerateTokenForm } from '../components/generate-token-form'
import { TokenValue } from '../components/token-value'

interface Props {
  scope: Scope
  oldName: string
  /** The new token, if one was generated (now or before leaving). */
  newName: string | null
  /** Its value, in memory only; null after a reload or when the Manager did not return it. */
  value: string | null
  onGenerated: (name: string, value: string | null) => void
  onValue: (value: string) => void
  onCopied: () => void
  onDiscard: () => void
}

/** Step 1: generate the new token (same rules as the dialog), or get its value back on resume. */
export function NewTokenStep({
  scope,
  oldName,
  newName,
  value,
  onGenerated,
  onValue,
  onCopied,
  onDiscard,
}: Props) {
  const [fetching, setFetching] = useState(false)
  if (!newName)
    return (
      <GenerateTokenForm
        scope={scope}
        defaultName={suggestName(oldName)}
        submitLabel="Generate the new token"
        onCreated={(t, v) => onGenerated(t.name, v)}
      />
    )
  if (value) return <TokenValue name={newName} value={value} onCopied={onCopied} />

  // Resumed: the value was never stored, so it is gone. Read it again where the API allows it.
  const fetchAgain = async () => {
    setFetching(true)
    try {
      const fetched = await fetchTokenValue(scope, newName)
      if (!fetched) {
        toast.error(`The value of ${newName} cannot be retrieved. Generate another token instead.`)
        return
      }
      onValue(fetched)
      if (await copyText(fetched)) {
        onCopied()
        toast.success(`Copied the value of ${newName} to your clipboard.`)
      }
    } catch (error) {
      toast.error(`Could not read the value of ${newName}. ${describeError(error)}`)
    } finally {
      setFetching(false)
    }
  }
  return (
    <Notice tone="info">
      <p>
        You generated <strong>{newName}</strong> earlier. Its value is not kept when you leave this
        page, so the steps below show a placeholder. Copy the value again, or generate another token
        (then revoke {newName} yourself).
      </p>
      <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
        <Button variant="primary" onClick={() => void fetchAgain()} disabled={fetching}>
          {fetching ? 'Reading…' : `Copy the value of ${newName} again`}
        </Button>
        <Button onClick={onDiscard}>Generate another token</Button>
      </div>
    </Notice>
  )
}

/** `eks_prod_token` → `eks_prod_token_2026_11_23`: a name that says when it replaced the old one. */
export function suggestName(oldName: string, now = new Date()) {
  const stamp = `${now.getFullYear()}_${String(now.getMonth() + 1).padStart(2, '0')}_${String(now.getDate()).padStart(2, '0')}`
  return `${oldName.slice(0, 128 - stamp.length - 1)}_${stamp}`
}
