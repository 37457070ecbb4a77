import { useQueryClient } from '@tanstack/react-query'
import { ArrowLeft, CheckCircle2, CircleDashed, Loader2, MinusCircle, XCircle } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'

import { requestDto } from '@/api/client'
import { isApiError } from '@/api/errors'
import { connectorQueries } from '@/api/queries/connectors'
import { connectorResponseSchema, type ConnectorInfo } from '@/api/schemas/connector'
import { ngScopeParams } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Badge, ErrorState } from '@/components/ui/states'
import { Card, Notice, Page } from '@/components/ui/page'
import { useScope } from '@/hooks/use-scope'
import { pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import { LeaveGuard } from '../form/leave-guard'
import { pathLabel } from '../review/changes'
import { connectorRef } from '../shared/connector-reference'
import styles from './bundle.module.css'
import { checkBundle, type BundleDocument } from './check'
import {
  entryScope,
  failureOf,
  planBundle,
  summarize,
  type ApplyStatus,
  type PlanEntry,
} from './plan'

type Stage =
  | { step: 'edit' }
  | { step: 'checking' }
  | { step: 'plan'; documents: BundleDocument[]; plan: PlanEntry[] }
  | { step: 'applying' | 'done'; documents: BundleDocument[]; plan: PlanEntry[] }

const ACTION_LABEL = { create: 'Create', update: 'Update', unchanged: 'No change' } as const

/**
 * Connectors > Apply YAML: paste (or open) a bundle of `connector:` documents, see what each
 * would do, apply with a progress list. Nothing is written before "Apply"; a failed write does
 * not stop the others, and the summary retries just the failed ones.
 */
export function ApplyBundlePage() {
  const scope = useScope()
  const queryClient = useQueryClient()
  const [text, setText] = useState('')
  const [stage, setStage] = useState<Stage>({ step: 'edit' })
  const [statuses, setStatuses] = useState<ApplyStatus[]>([])
  const [planError, setPlanError] = useState<unknown>(null)
  const textId = useId()
  const summaryRef = useRef<HTMLHeadingElement>(null)
  const back = (
    <Link to={withScope(paths.connectors, scope)}>
      <ArrowLeft size={13} aria-hidden /> Connectors
    </Link>
  )

  const lookup = async (info: ConnectorInfo) => {
    try {
      return await queryClient.fetchQuery({
        ...connectorQueries.detail(entryScope(scope.accountId, info), info.identifier),
        staleTime: 0,
      })
    } catch (error) {
      if (isApiError(error) && error.isNotFound) return null
      throw error
    }
  }

  const check = async () => {
    setPlanError(null)
    const documents = checkBundle(text, scope)
    setStage({ step: 'checking' })
    try {
      const valid = documents.flatMap((d) => (d.info ? [{ ...d, info: d.info }] : []))
      const plan = await planBundle(valid, lookup)
      setStage({ step: 'plan', documents, plan })
    } catch (error) {
      setPlanError(error)
      setStage({ step: 'edit' })
    }
  }

  const write = (entry: PlanEntry) =>
    requestDto({
      method: entry.action === 'create' ? 'POST' : 'PUT',
      path: '/ng/api/connectors',
      query: ngScopeParams(entryScope(scope.accountId, entry.info)),
      body: { connector: entry.info },
      schema: connectorResponseSchema,
      permission: 'Connectors: Create/Edit',
    })

  /** Writes the entries at `which` (all to do, or the failed ones), one at a time. */
  const apply = async (plan: PlanEntry[], which: number[], documents: BundleDocument[]) => {
    setStage({ step: 'applying', documents, plan })
    const next: ApplyStatus[] = plan.map((entry, i) =>
      entry.action === 'unchanged'
        ? { state: 'skipped' }
        : which.includes(i)
          ? { state: 'waiting' }
          : (statuses[i] ?? { state: 'waiting' }),
    )
    setStatuses([...next])
    for (const i of which) {
      const entry = plan[i]
      next[i] = { state: 'sending' }
      setStatuses([...next])
      try {
        await write(entry)
        next[i] = { state: 'done', action: entry.action === 'create' ? 'create' : 'update' }
      } catch (error) {
        next[i] = failureOf(error)
      }
      setStatuses([...next])
    }
    void queryClient.invalidateQueries({ queryKey: connectorQueries.all() })
    setStage({ step: 'done', documents, plan })
  }

  // The summary takes focus once it is on the page: after the commit, not after a frame (on a
  // busy machine the frame came first and there was no heading yet to focus).
  useEffect(() => {
    if (stage.step === 'done') summaryRef.current?.focus()
  }, [stage])

  const invalid = 'documents' in stage ? stage.documents.filter((d) => !d.info) : []
  const plan = 'plan' in stage ? stage.plan : []
  const todo = plan.flatMap((e, i) => (e.action === 'unchanged' ? [] : [i]))
  const failed = statuses.flatMap((s, i) => (s.state === 'failed' ? [i] : []))
  const summary = summarize(plan, statuses)
  const editing = stage.step === 'edit' || stage.step === 'checking'

  return (
    <Page
      title="Apply connectors from YAML"
      breadcrumb={back}
      subtitle="Paste a bundle of connector: documents (the list's YAML export writes one). You see what each would do before anything is sent."
    >
      <LeaveGuard dirty={!!text.trim() && stage.step !== 'done'} />
      <Card className={styles.card}>
        {editing ? (
          <div className={styles.edit}>
            <label htmlFor={textId} className={styles.label}>
              Connectors as YAML
            </label>
            <p className={styles.hint} id={`${textId}-hint`}>
              One <code>connector:</code> document each, separated by <code>---</code>, all at this
              scope.
            </p>
            <textarea
              id={textId}
              aria-describedby={`${textId}-hint`}
              className={styles.text}
              value={text}
              spellCheck={false}
              // YAML is read by its indentation: long lines scroll instead of wrapping.
              wrap="off"
              rows={16}
              onChange={(e) => setText(e.target.value)}
            />
            <div className={styles.row}>
              <label className={styles.file}>
                Open a file…
                <input
                  type="file"
                  accept=".yaml,.yml,text/yaml"
                  className="visually-hidden"
                  onChange={(e) => {
                    const file = e.target.files?.[0]
                    if (file) void file.text().then(setText)
                  }}
                />
              </label>
              <span className={styles.spacer} />
              <Button
                variant="primary"
                disabled={!text.trim() || stage.step === 'checking'}
                onClick={() => void check()}
              >
                {stage.step === 'checking' ? 'Checking…' : 'Check bundle'}
              </Button>
            </div>
            {planError ? (
              <ErrorState
                error={planError}
                title="Could not read the connectors in Harness to compare"
                onRetry={() => void check()}
              />
            ) : null}
          </div>
        ) : (
          <>
            {stage.step === 'done' ? (
              <div className={styles.summary}>
                <h2 ref={summaryRef} tabIndex={-1} className={styles.summaryTitle}>
                  {failed.length ? 'Applied, with failures' : 'Applied'}
                </h2>
                <p role="status">
                  {summary.created} created, {summary.updated} updated, {summary.unchanged}{' '}
                  unchanged, {summary.failed} failed
                  {invalid.length
                    ? `; ${pluralize(invalid.length, 'invalid document')} skipped`
                    : ''}
                  .
                </p>
                <div className={styles.row}>
                  {failed.length ? (
                    <Button
                      variant="primary"
                      onClick={() => void apply(plan, failed, stage.documents)}
                    >
                      Retry {pluralize(failed.length, 'failed connector')}
                    </Button>
                  ) : null}
                  <Link to={withScope(paths.connectors, scope)}>Back to connectors</Link>
                </div>
              </div>
            ) : (
              <h2 className={styles.summaryTitle}>
                {stage.step === 'plan' ? 'What this bundle would do' : 'Applying…'}
              </h2>
            )}
            {invalid.length ? (
              <Notice tone="danger">
                <strong>
                  {pluralize(invalid.length, 'document')} cannot be applied and{' '}
                  {invalid.length === 1 ? 'is' : 'are'} skipped:
                </strong>
                <ul className={styles.problems}>
                  {invalid.flatMap((d) =>
                    d.problems.map((p) => (
                      <li key={`${d.index}-${p.line}-${p.message}`}>
                        Document {d.index + 1}, line {p.line}: {p.message}
                      </li>
                    )),
                  )}
                </ul>
              </Notice>
            ) : null}
            <ol className={styles.entries} aria-label="Connectors in the bundle">
              {plan.map((entry, i) => (
                <EntryRow key={entry.index} entry={entry} status={statuses[i]} />
              ))}
            </ol>
            {stage.step === 'plan' ? (
              <div className={styles.row}>
                <Button onClick={() => setStage({ step: 'edit' })}>Back to the YAML</Button>
                <span className={styles.spacer} />
                <Button
                  variant="primary"
                  disabled={!todo.length}
                  onClick={() => {
                    setStatuses([])
                    void apply(plan, todo, stage.documents)
                  }}
                >
                  {todo.length ? `Apply ${pluralize(todo.length, 'change')}` : 'Nothing to apply'}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </Card>
    </Page>
  )
}

function EntryRow({ entry, status }: { entry: PlanEntry; status?: ApplyStatus }) {
  const { info, action } = entry
  return (
    <li className={styles.entry}>
      <div className={styles.entryHead}>
        <StatusIcon status={status} action={action} />
        <span className={styles.entryName}>
          <strong>{info.name}</strong> <code>{connectorRef(info)}</code>
          <span className={styles.muted}> · {info.type}</span>
        </span>
        <Badge tone={action === 'create' ? 'success' : action === 'update' ? 'info' : 'neutral'}>
          {ACTION_LABEL[action]}
        </Badge>
      </div>
      <StatusLine status={status} />
      {action !== 'unchanged' ? (
        <details className={styles.details}>
          <summary>
            {action === 'create'
              ? pluralize(entry.changes.length, 'setting')
              : pluralize(entry.changes.length, 'change')}
          </summary>
          <ul className={styles.changes}>
            {entry.changes.map((c) => (
              <li key={pathLabel(c.path)}>
                <code>{pathLabel(c.path)}</code>{' '}
                {c.kind === 'removed'
                  ? 'removed'
                  : c.kind === 'added' && action === 'create'
                    ? show(c.after)
                    : c.kind === 'added'
                      ? `set to ${show(c.after)}`
                      : `${show(c.before)} → ${show(c.after)}`}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  )
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))

function StatusIcon({ status, action }: { status?: ApplyStatus; action: PlanEntry['action'] }) {
  const state = status?.state
  if (state === 'sending') return <Loader2 size={16} className={styles.spin} aria-label="Sending" />
  if (state === 'done') return <CheckCircle2 size={16} className={styles.ok} aria-label="Done" />
  if (state === 'failed') return <XCircle size={16} className={styles.bad} aria-label="Failed" />
  if (action === 'unchanged' || state === 'skipped')
    return <MinusCircle size={16} className={styles.muted} aria-label="Left alone" />
  return <CircleDashed size={16} className={styles.muted} aria-label="Not sent yet" />
}

function StatusLine({ status }: { status?: ApplyStatus }) {
  if (!status || status.state === 'waiting' || status.state === 'skipped') return null
  if (status.state === 'sending') return <p className={styles.status}>Sending…</p>
  if (status.state === 'done')
    return <p className={styles.status}>{status.action === 'create' ? 'Created.' : 'Updated.'}</p>
  return (
    <div className={styles.failed}>
      <p>Not applied: {status.message}</p>
      {status.fields.length ? (
        <ul>
          {status.fields.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
