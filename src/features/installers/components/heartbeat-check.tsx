import { useQuery } from '@tanstack/react-query'
import { CheckCircle2, Loader2 } from 'lucide-react'
import { useEffect, useState } from 'react'
import { Link } from 'react-router'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { Badge } from '@/components/ui/states'
import { Button } from '@/components/ui/button'
import { paths, withScope } from '@/lib/paths'

import type { DownloadResult } from '../api/use-download-installer'
import styles from '../installers.module.css'

import { Troubleshooting } from './troubleshooting'

/** How long to wait for the first heartbeat before showing the troubleshooting guide. */
export const DEFAULT_HEARTBEAT_TIMEOUT_MS = 120_000
const POLL_MS = 3_000

interface HeartbeatCheckProps {
  scope: Scope
  download: DownloadResult
  managerHost: string
  timeoutMs: number
}

/**
 * Waits for the new delegate's first heartbeat by polling the delegate groups (REFERENCE.md §4c):
 * connected once the group named like the delegate has an instance that was not there before the
 * download. Keeps polling, more slowly, after the timeout, in case the delegate is just late.
 */
export function HeartbeatCheck({ scope, download, managerHost, timeoutMs }: HeartbeatCheckProps) {
  const [timedOut, setTimedOut] = useState(false)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    const timer = setTimeout(() => setTimedOut(true), timeoutMs)
    return () => clearTimeout(timer)
  }, [timeoutMs, attempt])

  const groups = useQuery({
    ...delegateQueries.groups(scope),
    refetchInterval: (query) =>
      isConnected(query.state.data, download) ? false : timedOut ? POLL_MS * 5 : POLL_MS,
  })
  const connected = isConnected(groups.data, download)

  return (
    <div className={styles.heartbeat}>
      <div role="status" aria-live="polite" className={styles.heartbeatStatus}>
        {connected ? (
          <>
            <CheckCircle2 size={18} aria-hidden className={styles.ok} />
            <span>
              <strong>{download.delegateName}</strong> is connected: its first heartbeat reached the
              Manager.
            </span>
            <Badge tone="success" dot>
              Connected
            </Badge>
          </>
        ) : (
          <>
            <Loader2 size={18} aria-hidden className={styles.spin} />
            <span>
              Waiting for the first heartbeat of <strong>{download.delegateName}</strong>…
            </span>
            <Badge tone={timedOut ? 'warning' : 'info'}>
              {timedOut ? 'No heartbeat yet' : 'Waiting'}
            </Badge>
          </>
        )}
      </div>
      {connected ? (
        <Link to={withScope(paths.delegates, scope)}>See it on the Delegates page</Link>
      ) : timedOut ? (
        <>
          <Troubleshooting
            managerHost={managerHost}
            tokenName={download.tokenName}
            cluster={download.cluster}
            scope={scope}
          />
          <Button
            size="small"
            onClick={() => {
              setTimedOut(false)
              setAttempt((n) => n + 1)
            }}
          >
            Keep waiting
          </Button>
        </>
      ) : null}
    </div>
  )
}

function isConnected(
  groups:
    | {
        groupName?: string | null
        delegateInstanceDetails?:
          { uuid?: string | null; activelyConnected?: boolean | null }[] | null
      }[]
    | undefined,
  download: DownloadResult,
) {
  const group = groups?.find((g) => g.groupName === download.delegateName)
  return (group?.delegateInstanceDetails ?? []).some(
    (i) => i.activelyConnected && !!i.uuid && !download.knownInstances.includes(i.uuid),
  )
}
