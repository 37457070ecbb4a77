import { memo, useState } from 'react'
import { Link } from 'react-router'

import type { ConnectorResponse } from '@/api/schemas/connector'
import { Button } from '@/components/ui/button'
import { summaryForType } from '@/catalog/provider-index'
import { formatDateTime, formatRelative } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'
import { ProviderLogo } from '@/components/provider-logo/provider-logo'

import { ownScope, targetKey } from '../api/test'
import { describeFailing, failingSince, mergeHistory } from '../health/history'
import { historyKey, useHealthRecords } from '../health/history-store'
import { HealthBadge } from '../health/health-badge'
import { useRunTesting } from '../health/test-run-store'
import { HistoryStrip } from '../health/history-strip'
import { healthOf } from '../health/status'
import styles from './list.module.css'

export const rowKey = (c: ConnectorResponse['connector']) =>
  targetKey(ownScope('', c), c.identifier)

/**
 * The last error, cut to two lines; a click (or Enter) shows the whole message in place. The
 * clamp is visual only, so a screen reader hears all of it either way.
 */
function ErrorSummary({ text }: { text: string }) {
  const [open, setOpen] = useState(false)
  return (
    <button
      type="button"
      className={styles.summaryText}
      data-open={open || undefined}
      aria-expanded={open}
      onClick={() => setOpen(!open)}
    >
      {text}
    </button>
  )
}

/**
 * One row: kept light (no queries of its own) so a page of 100 renders fast, and memoised with
 * stable props, so a result of a test-all run renders its own row only (the run's "testing" mark
 * comes from the run's store, per row).
 */
export const ConnectorRow = memo(function ConnectorRow({
  row,
  accountId,
  selected,
  onSelect,
  testingHere,
  onTest,
}: {
  row: ConnectorResponse
  accountId: string
  selected: boolean
  onSelect: (rows: ConnectorResponse[], selected: boolean) => void
  /** Its one-click test runs. */
  testingHere: boolean
  onTest: (row: ConnectorResponse) => void
}) {
  const c = row.connector
  const inRun = useRunTesting(rowKey(c))
  const testing = testingHere || inRun
  const scope = ownScope(accountId, c)
  const provider = summaryForType(c.type)
  const records = mergeHistory(
    useHealthRecords(historyKey(scope, c.identifier, row.createdAt)),
    row.status,
  )
  const health = testing ? 'pending' : healthOf(row.status)
  const failing = health === 'failed' ? failingSince(records, row.status?.lastConnectedAt) : null
  const since = failing ? describeFailing(failing) : null
  const { testedAt, lastConnectedAt } = row.status ?? {}
  const summary =
    health === 'failed' || health === 'partial'
      ? (row.status?.errorSummary ?? row.status?.errors?.[0]?.message)
      : null
  return (
    // The row's key lets `t` test the row that has focus (connectors-page.tsx).
    <tr aria-selected={selected} data-row-key={rowKey(c)}>
      <td className={styles.checkCell}>
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect([row], e.target.checked)}
          aria-label={`Select ${c.name}`}
        />
      </td>
      <td>
        <div className={styles.nameCell}>
          {provider ? <ProviderLogo provider={provider} size="small" /> : null}
          <div>
            <Link to={withScope(paths.connector(c.identifier), scope)} className={styles.name}>
              {c.name}
            </Link>
            <div className={styles.sub}>
              {provider?.label ?? c.type} · <code>{c.identifier}</code>
            </div>
          </div>
        </div>
      </td>
      <td className={styles.statusCell} data-label="Status">
        <HealthBadge health={health} />
        {since ? <div className={styles.sub}>{since}</div> : null}
      </td>
      <td data-label="Recent tests">
        <HistoryStrip records={records} />
      </td>
      <td className={styles.nowrap} data-label="Last tested">
        <span title={formatDateTime(testedAt)}>{formatRelative(testedAt)}</span>
        {/* When the last test did not connect, when the last one that did was. */}
        {testedAt && lastConnectedAt !== testedAt ? (
          <div className={styles.sub} title={formatDateTime(lastConnectedAt)}>
            {lastConnectedAt
              ? `Connected ${formatRelative(lastConnectedAt).toLowerCase()}`
              : 'Never connected'}
          </div>
        ) : null}
      </td>
      <td className={styles.summary} data-label="Error summary" data-empty={!summary || undefined}>
        {summary ? (
          <ErrorSummary text={summary} />
        ) : (
          <span className={styles.sub}>
            {health === 'failed' ? 'No reason recorded; run Test' : '—'}
          </span>
        )}
      </td>
      <td>
        <Button
          size="small"
          onClick={() => onTest(row)}
          disabled={testing}
          // The name starts with the button's own words (WCAG 2.5.3), "Testing…" while it runs.
          aria-label={`${testing ? 'Testing' : 'Test'} ${c.name}`}
          data-tour="connector-row-test"
        >
          {testing ? 'Testing…' : 'Test'}
        </Button>
      </td>
    </tr>
  )
})
