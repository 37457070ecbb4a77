import { CheckCircle2, RefreshCw } from 'lucide-react'
import { useEffect, useRef } from 'react'

import { describeError } from '@/api/errors'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { scopeLevel } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/page'
import { useScope } from '@/hooks/use-scope'

import { useTestConnector } from '../api/test'
import { TestResult } from '../health/test-result'
import { ConnectorReference } from '../shared/connector-reference'
import styles from './wizard.module.css'

const SCOPE_WORDS = {
  account: 'the account',
  org: 'the organization',
  project: 'the project',
} as const

/**
 * After a save: where the connector lives, how pipelines refer to it, and the connection test,
 * which the Manager runs on the stored connector (so it comes after the save, never before).
 * [INF] A simple result; the list/detail pages own the richer stages view.
 */
export function TestStep({ info }: { info: ConnectorInfo }) {
  const scope = useScope()
  const test = useTestConnector()
  const started = useRef<string | null>(null)
  const { mutate } = test
  const key = `${info.identifier}:${JSON.stringify(info.spec)}`
  useEffect(() => {
    // Once per saved version: StrictMode's double effect must not run two tests.
    if (started.current === key) return
    started.current = key
    mutate({ identifier: info.identifier, scope })
  }, [key, info.identifier, mutate, scope])
  const level = scopeLevel({
    orgId: info.orgIdentifier ?? undefined,
    projectId: info.projectIdentifier ?? undefined,
  })
  const result = test.data
  return (
    <div className={styles.testStep}>
      <Notice tone="success" icon={<CheckCircle2 size={18} aria-hidden />}>
        <strong>{info.name}</strong> is saved in {SCOPE_WORDS[level]}
        {info.orgIdentifier
          ? ` (${[info.orgIdentifier, info.projectIdentifier].filter(Boolean).join(' / ')})`
          : ''}
        .
      </Notice>
      <ConnectorReference info={info} />
      <section
        className={styles.testResult}
        aria-labelledby="test-title"
        data-tour="connector-test"
        aria-live="polite"
        aria-busy={test.isPending}
      >
        <h3 id="test-title" className={styles.previewTitle}>
          Test result
        </h3>
        {test.isPending ? <p>Testing the connection…</p> : null}
        {test.isError ? (
          <p role="alert">The test could not run: {describeError(test.error)}</p>
        ) : null}
        {result && !test.isPending ? (
          <TestResult info={info} result={result.result} durationMs={result.durationMs} />
        ) : null}
        <div>
          <Button
            size="small"
            onClick={() => mutate({ identifier: info.identifier, scope })}
            disabled={test.isPending}
          >
            <RefreshCw size={14} aria-hidden />
            Test again
          </Button>
        </div>
      </section>
    </div>
  )
}
