import { CheckCircle2, Loader2 } from 'lucide-react'

import type { DelegateGroup } from '@/api/schemas/delegate'
import { Button } from '@/components/ui/button'

import { CodeBlock } from '../components/code-block'
import { typeLabel } from '../lib/delegate-type'
import styles from '../delegates.module.css'
import { updateInstructions } from './update-instructions'

interface Props {
  group: DelegateGroup
  value: string | null
  confirmed: boolean
  onConfirm: () => void
}

/** How to put the new token into one delegate group, per its type, and "I have updated it". */
export function GroupUpdateCard({ group, value, confirmed, onConfirm }: Props) {
  const name = group.groupName ?? group.delegateGroupIdentifier ?? 'delegate'
  const steps = updateInstructions(group.delegateType, { value, groupName: name })
  return (
    <section className={styles.groupCard} aria-label={`Update ${name}`}>
      <div className={styles.stepHead}>
        <h3 className={styles.name}>
          {name} <span className={styles.muted}>· {typeLabel(group.delegateType)}</span>
        </h3>
        {confirmed ? (
          <span className={styles.muted} role="status">
            <Loader2 size={14} aria-hidden /> Waiting for {name} to reconnect with the new token…
          </span>
        ) : (
          <Button variant="primary" size="small" onClick={onConfirm}>
            <CheckCircle2 size={14} aria-hidden /> I have updated {name}
          </Button>
        )}
      </div>
      <ol className={styles.instructions}>
        {steps.map((step, i) => (
          <li key={i}>
            <p>{step.text}</p>
            {step.code ? <CodeBlock code={step.code} label={`${name}, step ${i + 1}`} /> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
