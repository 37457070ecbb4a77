import type { ConnectorResponse } from '@/api/schemas/connector'
import { Card, CardBody } from '@/components/ui/page'
import { formatDateTime, formatRelative } from '@/lib/format'

import { ownScope } from '../api/test'
import { failingSince, formatUptime, mergeHistory, uptimeOf } from '../health/history'
import { historyKey, useHealthRecords } from '../health/history-store'
import { HealthChart } from '../health/health-chart'
import { FAILURE_WORDS } from '../health/stages'
import styles from './detail.module.css'

/** Test history: the chart, the numbers, and every kept result as a table. */
export function HistoryCard({ row, accountId }: { row: ConnectorResponse; accountId: string }) {
  const { connector, status, createdAt } = row
  const key = historyKey(ownScope(accountId, connector), connector.identifier, createdAt)
  const records = mergeHistory(useHealthRecords(key), status)
  const since = failingSince(records, status?.lastConnectedAt)
  return (
    <Card>
      <CardBody>
        <h2 className={styles.cardTitle}>Test history</h2>
        <dl className={styles.facts}>
          <div>
            <dt>Uptime (kept results)</dt>
            <dd>{formatUptime(uptimeOf(records))}</dd>
          </div>
          <div>
            <dt>Last connected</dt>
            <dd title={formatDateTime(status?.lastConnectedAt)}>
              {formatRelative(status?.lastConnectedAt)}
            </dd>
          </div>
          <div>
            <dt>Failing since</dt>
            <dd>
              {since ? `${since.exact ? '' : 'at least '}${formatDateTime(since.since)}` : '—'}
              {since && !since.exact && since.after ? (
                <div className={styles.muted}>
                  and not before {formatDateTime(since.after)}, when it last connected
                </div>
              ) : null}
            </dd>
          </div>
        </dl>
        <HealthChart records={records} />
        {records.length ? (
          <table className={styles.historyTable}>
            <caption className="visually-hidden">Kept test results, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Tested</th>
                <th scope="col">Result</th>
                <th scope="col">Duration</th>
              </tr>
            </thead>
            <tbody>
              {[...records]
                .reverse()
                .slice(0, 10)
                .map((r, i) => (
                  <tr key={`${r.testedAt}-${i}`}>
                    <td>{formatDateTime(r.testedAt)}</td>
                    <td>
                      {r.ok
                        ? 'Passed'
                        : r.kind
                          ? `Failed: ${FAILURE_WORDS[r.kind].toLowerCase()}`
                          : 'Failed'}
                    </td>
                    <td>{r.durationMs ? `${(r.durationMs / 1000).toFixed(1)} s` : '—'}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ) : null}
        <p className={styles.muted}>
          Kept in this browser: the tests run from this console, plus the Manager’s last result. The
          Manager API keeps no history.
        </p>
      </CardBody>
    </Card>
  )
}
