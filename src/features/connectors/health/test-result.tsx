import { CheckCircle2, CircleDashed, XCircle } from 'lucide-react'

import type { ConnectorInfo, ConnectorValidationResult } from '@/api/schemas/connector'
import { Notice } from '@/components/ui/page'
import { providerForType } from '@/catalog'
import { connectorHosts } from '@/catalog/to-api'

import { useScope } from '@/hooks/use-scope'

import { ownScope } from '../api/test'
import { PortList } from '../shared/hints-panel'
import { DelegateUsed } from './delegate-used'
import styles from './test-result.module.css'
import {
  FAILURE_ADVICE,
  FAILURE_WORDS,
  failureKind,
  NOT_SAID,
  stagesOf,
  type StageState,
} from './stages'

const ICONS: Record<StageState, typeof CheckCircle2> = {
  passed: CheckCircle2,
  failed: XCircle,
  unknown: CircleDashed,
}
const STATE_WORDS: Record<StageState, string> = {
  passed: 'passed',
  failed: 'failed',
  unknown: 'not known',
}

/** Port and permission hints beside a connectivity or authentication failure. */
function FailureHints({
  info,
  kind,
}: {
  info: ConnectorInfo
  kind: ReturnType<typeof failureKind>
}) {
  const provider = providerForType(info.type)
  if (!provider || (kind !== 'unreachable' && kind !== 'credentials')) return null
  const hosts = connectorHosts(provider, info)
  return (
    <aside className={styles.hints} aria-label="What this connector needs">
      {kind === 'unreachable' ? (
        <>
          {hosts.length ? (
            <>
              <h4 className={styles.hintsTitle}>Where this connector connects</h4>
              <ul className={styles.hintList} aria-label="Endpoints">
                {hosts.map((h) => (
                  <li key={`${h.host}:${h.port ?? ''}`}>
                    <code>{h.port ? `${h.host}:${h.port}` : h.host}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h4 className={styles.hintsTitle}>Ports the delegate needs (outbound)</h4>
          <PortList
            ports={provider.hints.ports}
            label={`${provider.label} ports`}
            provider={provider}
          />
        </>
      ) : (
        <>
          <h4 className={styles.hintsTitle}>Permissions {provider.label} needs</h4>
          {provider.hints.permissions.length ? (
            <ul className={styles.hintList}>
              {provider.hints.permissions.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>
              Harness’s docs name no specific permission for {provider.label}.
            </p>
          )}
        </>
      )}
    </aside>
  )
}

/** One test's outcome: each stage with its result, the duration, and what to do about a failure. */
export function TestResult({
  info,
  result,
  durationMs,
}: {
  info: ConnectorInfo
  result: ConnectorValidationResult
  durationMs: number
}) {
  const accountId = useScope().accountId
  const usedDelegate = info.spec.executeOnDelegate !== false
  const stages = stagesOf(result, usedDelegate)
  const ok = result.status === 'SUCCESS'
  const kind = failureKind(result)
  return (
    <div className={styles.result}>
      <p className={styles.headline} data-ok={ok} role="status">
        {ok
          ? 'Connection successful'
          : `Connection test failed: ${FAILURE_WORDS[kind].toLowerCase()}`}
        <span className={styles.duration}> · {(durationMs / 1000).toFixed(1)} s</span>
      </p>
      <ol className={styles.stages} aria-label="Test stages">
        {stages.map((stage) => {
          const Icon = ICONS[stage.state]
          return (
            <li key={stage.id} className={styles.stage} data-state={stage.state}>
              <Icon size={18} aria-hidden className={styles.stageIcon} />
              <div>
                <div className={styles.stageLabel}>
                  {stage.label}:{' '}
                  <span className={styles.stageState}>{STATE_WORDS[stage.state]}</span>
                </div>
                {stage.id === 'delegate' && stage.state === 'passed' && result.delegateId ? (
                  <div className={styles.stageDetail}>
                    <DelegateUsed
                      delegateId={result.delegateId}
                      scope={ownScope(accountId, info)}
                    />
                  </div>
                ) : stage.detail ? (
                  <div className={styles.stageDetail}>{stage.detail}</div>
                ) : null}
              </div>
            </li>
          )
        })}
      </ol>
      {stages.some((s) => s.state === 'unknown' && !s.detail) ? (
        <p className={styles.stageDetail}>{NOT_SAID}</p>
      ) : null}
      {!ok ? (
        <div className={styles.failure}>
          <Notice tone="danger">
            <p>
              <strong>{FAILURE_WORDS[kind]}.</strong> {FAILURE_ADVICE[kind]}
            </p>
            {(result.errors ?? []).length ? (
              <ul className={styles.errors}>
                {(result.errors ?? []).map((e, i) => (
                  <li key={i}>
                    <strong>{e.reason ?? 'Error'}</strong>
                    {e.message ? `: ${e.message}` : ''}
                  </li>
                ))}
              </ul>
            ) : result.errorSummary ? (
              <p>{result.errorSummary}</p>
            ) : null}
          </Notice>
          <FailureHints info={info} kind={kind} />
        </div>
      ) : null}
    </div>
  )
}
