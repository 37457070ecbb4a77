import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'

import { connectorQueries } from '@/api/queries/connectors'
import type { ConnectorInfo, ConnectorResponse } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'
import { ErrorState, SkeletonRows } from '@/components/ui/states'
import { formatDateTime } from '@/lib/format'

import { scopeName } from '../components/delete-connector-dialog'
import { connectorRef } from '../shared/connector-reference'
import {
  fieldChanges,
  mergeEdits,
  pathLabel,
  sameConnector,
  yamlDiff,
  type Conflict,
  type FieldChange,
} from './changes'
import styles from './review.module.css'

export interface ReviewRequest {
  /** What the admin's edit would send. */
  mine: ConnectorInfo
  /** The connector as it was when the edit started; null for a new connector. */
  base: ConnectorInfo | null
  /** The Manager's `lastModifiedAt` for `base`, when known. */
  baseModifiedAt?: number | null
}

type Choice = 'merge' | 'mine' | 'theirs'

interface ReviewDialogProps {
  request: ReviewRequest | null
  scope: Scope
  onCancel: () => void
  /** Sends this connector: the admin confirmed it. */
  onConfirm: (info: ConnectorInfo) => void
  /** Drops the edit and starts again from what is in Harness now. */
  onTakeTheirs: (theirs: ConnectorResponse) => void
}

/**
 * The step before every save, from the form or from YAML: what will change, field by field and
 * as YAML, where (scope) and how pipelines will refer to it. Nothing is sent until the admin
 * confirms. An edit first reads the connector again: when someone changed it in Harness since
 * the edit began, the admin chooses between both edits merged, overwriting with theirs, or
 * dropping theirs; never a silent overwrite. (The Manager's PUT has no version check of its
 * own, REFERENCE §6, so the console does it.)
 */
export function ReviewDialog({
  request,
  scope,
  onCancel,
  onConfirm,
  onTakeTheirs,
}: ReviewDialogProps) {
  const creating = !request?.base
  return (
    <Dialog
      open={!!request}
      onOpenChange={(open) => !open && onCancel()}
      wide
      title={
        request
          ? creating
            ? `Review: create ${request.mine.name}`
            : `Review changes to ${request.base!.name}`
          : 'Review'
      }
      description="Nothing is sent to Harness until you confirm."
    >
      {/* One block: the dialog is a flex column that would shrink each scrolling part to nothing. */}
      <div className={styles.body}>
        {request ? (
          request.base ? (
            <EditReview
              request={{ ...request, base: request.base }}
              scope={scope}
              onCancel={onCancel}
              onConfirm={onConfirm}
              onTakeTheirs={onTakeTheirs}
            />
          ) : (
            <Summary
              info={request.mine}
              changes={fieldChanges(null, request.mine)}
              from={null}
              onCancel={onCancel}
              onConfirm={() => onConfirm(request.mine)}
              confirmLabel="Create connector"
            />
          )
        ) : null}
      </div>
    </Dialog>
  )
}

function EditReview({
  request,
  scope,
  onCancel,
  onConfirm,
  onTakeTheirs,
}: Omit<ReviewDialogProps, 'request'> & { request: ReviewRequest & { base: ConnectorInfo } }) {
  const { mine, base, baseModifiedAt } = request
  // Read it again now, not from the cache: the point is what Harness has at this moment.
  const server = useQuery({
    ...connectorQueries.detail(scope, base.identifier),
    staleTime: 0,
    refetchOnMount: 'always',
  })
  const [choice, setChoice] = useState<Choice>('merge')
  const checked = server.isFetchedAfterMount && !server.isFetching
  const theirs = checked ? server.data : undefined
  const stale =
    !!theirs &&
    (baseModifiedAt == null || theirs.lastModifiedAt !== baseModifiedAt) &&
    !sameConnector(theirs.connector, base)
  const merge = useMemo(
    () => (stale && theirs ? mergeEdits(base, mine, theirs.connector) : null),
    [stale, theirs, base, mine],
  )

  if (server.isError && !server.isFetching)
    return (
      <>
        <ErrorState
          error={server.error}
          title="Could not check the connector in Harness"
          onRetry={() => void server.refetch()}
        />
        <p className={styles.muted}>
          Nothing was sent. Your edit is kept; the review needs the current connector to show what
          will change.
        </p>
        <div className={styles.footer}>
          <Button onClick={onCancel}>Back to editing</Button>
        </div>
      </>
    )
  if (!theirs) return <SkeletonRows rows={4} label="Checking the connector in Harness" />

  if (!stale || !merge)
    return (
      <Summary
        info={mine}
        changes={fieldChanges(base, mine)}
        from={base}
        onCancel={onCancel}
        onConfirm={() => onConfirm(mine)}
        confirmLabel="Save changes"
      />
    )

  const target = choice === 'merge' ? merge.merged : mine
  return (
    <>
      <StaleChoice
        theirs={theirs}
        base={base}
        conflicts={merge.conflicts}
        choice={choice}
        onChoice={setChoice}
      />
      {choice === 'theirs' ? (
        <>
          <h3 className={styles.heading}>What their version has that yours does not</h3>
          <ChangeTable changes={fieldChanges(mine, theirs.connector)} />
          <div className={styles.footer}>
            <Button onClick={onCancel}>Back to editing</Button>
            <Button variant="primary" onClick={() => onTakeTheirs(theirs)}>
              Drop my changes and load theirs
            </Button>
          </div>
        </>
      ) : (
        <Summary
          info={target}
          changes={fieldChanges(theirs.connector, target)}
          from={theirs.connector}
          against="what is in Harness now"
          onCancel={onCancel}
          onConfirm={() => onConfirm(target)}
          confirmLabel={choice === 'merge' ? 'Save both changes' : 'Overwrite with mine'}
        />
      )}
    </>
  )
}

function StaleChoice({
  theirs,
  base,
  conflicts,
  choice,
  onChoice,
}: {
  theirs: ConnectorResponse
  base: ConnectorInfo
  conflicts: Conflict[]
  choice: Choice
  onChoice: (choice: Choice) => void
}) {
  const name = useId()
  const changedBy = fieldChanges(base, theirs.connector)
  const options: { id: Choice; label: string; hint: string }[] = [
    {
      id: 'merge',
      label: 'Keep both changes',
      hint: conflicts.length
        ? `Their changes, then yours. ${conflicts.length} ${conflicts.length === 1 ? 'field was' : 'fields were'} changed by both; yours is kept there.`
        : 'Their changes, then yours. No field was changed by both.',
    },
    { id: 'mine', label: 'Overwrite with mine', hint: 'Their changes are undone.' },
    { id: 'theirs', label: 'Drop my changes', hint: 'Start again from their version.' },
  ]
  return (
    <div className={styles.stale}>
      <Notice tone="warning">
        <strong>This connector changed in Harness since you opened it</strong>
        {theirs.lastModifiedAt ? ` (${formatDateTime(theirs.lastModifiedAt)})` : ''}:{' '}
        {changedBy.length} {changedBy.length === 1 ? 'field' : 'fields'} (
        {changedBy
          .slice(0, 4)
          .map((c) => pathLabel(c.path))
          .join(', ')}
        {changedBy.length > 4 ? ', …' : ''}). Choose how to save.
      </Notice>
      {conflicts.length ? (
        <div>
          <h3 className={styles.heading}>Changed by both</h3>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Theirs</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((c) => (
                <tr key={pathLabel(c.path)}>
                  <th scope="row">
                    <code>{pathLabel(c.path)}</code>
                  </th>
                  <td>
                    <Value value={c.theirs} />
                  </td>
                  <td>
                    <Value value={c.mine} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <fieldset className={styles.choices}>
        <legend className={styles.heading}>How to save</legend>
        {options.map((o) => (
          <label key={o.id} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={o.id}
              checked={choice === o.id}
              onChange={() => onChoice(o.id)}
            />
            <span>
              <strong>{o.label}</strong>
              <span className={styles.muted}> {o.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}

function Summary({
  info,
  changes,
  from,
  against,
  onCancel,
  onConfirm,
  confirmLabel,
}: {
  info: ConnectorInfo
  changes: FieldChange[]
  from: ConnectorInfo | null
  against?: string
  onCancel: () => void
  onConfirm: () => void
  confirmLabel: string
}) {
  const lines = useMemo(() => yamlDiff(from, info), [from, info])
  const nothing = from !== null && changes.length === 0
  return (
    <>
      <dl className={styles.facts}>
        <div>
          <dt>Scope</dt>
          <dd>{capitalize(scopeName(info))}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{info.type}</dd>
        </div>
        <div>
          <dt>Pipelines refer to it as</dt>
          <dd>
            <code>connectorRef: {connectorRef(info)}</code>
          </dd>
        </div>
      </dl>
      {nothing ? (
        <Notice tone="info">
          Nothing to save: this is the same as {against ?? 'the connector in Harness'}.
        </Notice>
      ) : (
        <>
          <h3 className={styles.heading}>
            {from
              ? `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} to ${against ?? 'the connector'}`
              : `${changes.length} ${changes.length === 1 ? 'setting' : 'settings'}`}
          </h3>
          <ChangeTable changes={changes} creating={!from} />
          <details className={styles.yaml} open={changes.length <= 12}>
            <summary>As YAML</summary>
            <pre className={styles.diff} aria-label="YAML changes" tabIndex={0}>
              {lines.map((line, i) => (
                <span key={i} className={styles[line.kind]}>
                  <span className={styles.sign} aria-hidden>
                    {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
                  </span>
                  {line.kind === 'added' ? (
                    <ins>{line.text}</ins>
                  ) : line.kind === 'removed' ? (
                    <del>{line.text}</del>
                  ) : (
                    line.text
                  )}
                  {'\n'}
                </span>
              ))}
            </pre>
          </details>
        </>
      )}
      <div className={styles.footer}>
        <Button onClick={onCancel}>Back to editing</Button>
        <Button variant="primary" onClick={onConfirm} disabled={nothing}>
          {confirmLabel}
        </Button>
      </div>
    </>
  )
}

function ChangeTable({ changes, creating }: { changes: FieldChange[]; creating?: boolean }) {
  if (!changes.length) return <p className={styles.muted}>No differences.</p>
  return (
    // Scrolls when long: focusable, so keyboard users can scroll it too.
    <div
      className={styles.tableWrap}
      tabIndex={0}
      role="region"
      aria-label="Changes, field by field"
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {creating ? null : <th scope="col">Before</th>}
            <th scope="col">{creating ? 'Value' : 'After'}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={pathLabel(c.path)}>
              <th scope="row">
                <code>{pathLabel(c.path)}</code>
              </th>
              {creating ? null : (
                <td>
                  {c.kind === 'added' ? (
                    <span className={styles.muted}>not set</span>
                  ) : (
                    <Value value={c.before} />
                  )}
                </td>
              )}
              <td>
                {c.kind === 'removed' ? (
                  <span className={styles.muted}>removed</span>
                ) : (
                  <Value value={c.after} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <span className={styles.muted}>not set</span>
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? value.join(', ') || '(none)'
        : JSON.stringify(value)
  return <span className={styles.value}>{text}</span>
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
