import { PlugZap } from 'lucide-react'

import { describeError } from '@/api/errors'
import type { ConnectorResponse } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import { formatRelative } from '@/lib/format'

import { ownScope, useTestConnector } from '../api/test'
import { TestResult } from '../health/test-result'
import styles from './detail.module.css'

/** The Test button and the last result it produced (the stages, the reason, the hints). */
export function TestCard({ row, scope }: { row: ConnectorResponse; scope: Scope }) {
  const test = useTestConnector()
  const info = row.connector
  return (
    <Card>
      <CardBody>
        <div className={styles.overviewHead}>
          <h2 className={styles.cardTitle}>Connection test</h2>
          <Button
            variant="primary"
            onClick={() =>
              test.mutate({
                identifier: info.identifier,
                scope: ownScope(scope.accountId, info),
                createdAt: row.createdAt,
              })
            }
            disabled={test.isPending}
          >
            <PlugZap size={16} aria-hidden /> {test.isPending ? 'Testing…' : 'Test connection'}
          </Button>
        </div>
        {test.isPending ? <SkeletonRows rows={4} label="Testing the connection" /> : null}
        {test.data && !test.isPending ? (
          <TestResult info={info} result={test.data.result} durationMs={test.data.durationMs} />
        ) : null}
        {test.error && !test.isPending ? (
          <Notice tone="danger">
            <p>The test could not be run. {describeError(test.error)}</p>
          </Notice>
        ) : null}
        {test.isIdle ? (
          <p className={styles.muted}>
            Last tested {formatRelative(row.status?.testedAt).toLowerCase()}.{' '}
            {row.status?.errorSummary ?? ''} Run a test to see each stage.
          </p>
        ) : null}
      </CardBody>
    </Card>
  )
}
