import { useId } from 'react'
import { Link } from 'react-router'

import { Badge, type Tone } from '@/components/ui/states'

import { CodeBlock } from '../components/code-block'
import { HARNESS_DOCS } from '../lib/harness-docs'
import styles from './troubleshooter.module.css'
import {
  troubleshootSteps,
  type StepStatus,
  type TroubleshootInput,
  type TroubleshootStep,
} from './troubleshoot-steps'

const STATUS: Record<StepStatus, { tone: Tone; label: string }> = {
  problem: { tone: 'danger', label: 'Problem' },
  ok: { tone: 'success', label: 'OK' },
  unknown: { tone: 'neutral', label: 'Unknown' },
}

/**
 * The guided check for a delegate group that does not connect: an ordered list of Harness's
 * troubleshooting questions, each with the exact command for the group's installer (copyable),
 * what its output means, and what the console's data already says. Presentational: the page
 * passes the group, the Manager host and what it knows of the token.
 */
export function Troubleshooter(props: TroubleshootInput) {
  const steps = troubleshootSteps(props)
  return (
    <div className={styles.root}>
      <ol className={styles.steps}>
        {steps.map((step) => (
          <Step key={step.id} step={step} />
        ))}
      </ol>
      <p className={styles.source}>
        From Harness’s guides:{' '}
        <a href={HARNESS_DOCS.registration} target="_blank" rel="noreferrer">
          delegate registration and verification
        </a>
        ,{' '}
        <a href={HARNESS_DOCS.troubleshooting} target="_blank" rel="noreferrer">
          troubleshooting
        </a>
        ,{' '}
        <a href={HARNESS_DOCS.requirements} target="_blank" rel="noreferrer">
          system requirements
        </a>{' '}
        and{' '}
        <a href={HARNESS_DOCS.proxySettings} target="_blank" rel="noreferrer">
          proxy settings
        </a>
        .
      </p>
    </div>
  )
}

function Step({ step }: { step: TroubleshootStep }) {
  const titleId = useId()
  const status = step.status ? STATUS[step.status] : null
  return (
    <li className={styles.step} aria-labelledby={titleId} data-status={step.status}>
      <div className={styles.head}>
        <h3 className={styles.title} id={titleId}>
          {step.title}
        </h3>
        {status ? <Badge tone={status.tone}>{status.label}</Badge> : null}
      </div>
      <p className={styles.question}>{step.question}</p>
      {step.finding ? (
        <p className={styles.finding} data-status={step.status}>
          {step.finding}
        </p>
      ) : null}
      {step.command ? (
        <div className={styles.command}>
          <CodeBlock code={step.command} label={`Command: ${step.title}`} />
        </div>
      ) : null}
      {step.meaning.length ? (
        <>
          <p className={styles.label}>{step.command ? 'What the output means' : 'Good to know'}</p>
          <ul className={styles.meaning}>
            {step.meaning.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {step.link ? <Link to={step.link.href}>{step.link.label}</Link> : null}
    </li>
  )
}
