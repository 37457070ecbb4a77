import { CloudOff, RefreshCw } from 'lucide-react'
import { useEffect, useState } from 'react'

import { retryNow, useConnection } from '@/api/connection'
import { getRuntimeConfig } from '@/api/runtime-config'
import { Button } from '@/components/ui/button'
import { formatRelative } from '@/lib/format'

import styles from './layout.module.css'

/**
 * Says so when the console is offline or cannot reach the Manager, and what that means for what is
 * on screen: the lists keep what they last loaded (each says how old it is), reads come back on
 * their own, and nothing is sent twice.
 */
export function ConnectionBanner() {
  const connection = useConnection()
  const [now, setNow] = useState(() => Date.now())
  const down = connection.status !== 'online'
  useEffect(() => {
    if (!down) return
    const id = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(id)
  }, [down])
  const where =
    getRuntimeConfig().backend === 'manager' ? 'the Harness Manager' : 'the embedded demo Manager'
  return (
    // Always there (a live region must exist before its text), but not a status role while empty,
    // so it is not one more status on every page.
    <div
      aria-live="polite"
      data-connection={connection.status}
      className={down ? styles.connection : undefined}
    >
      {connection.status === 'offline' ? (
        <>
          <CloudOff size={16} aria-hidden />
          <p>
            <strong>You are offline.</strong> Lists show what they last loaded; they refresh when
            the connection is back. Nothing you do is sent until then.
          </p>
        </>
      ) : connection.status === 'unreachable' ? (
        <>
          <CloudOff size={16} aria-hidden />
          <p>
            <strong>Cannot reach {where}.</strong>{' '}
            {connection.since ? `Lost ${formatRelative(connection.since, now)}; lists` : 'Lists'}{' '}
            show what they last loaded.{' '}
            {connection.retryAt && connection.retryAt > now
              ? `Trying again in ${Math.ceil((connection.retryAt - now) / 1000)} s.`
              : 'Trying again…'}
          </p>
          <Button size="small" onClick={retryNow}>
            <RefreshCw size={14} aria-hidden /> Try now
          </Button>
        </>
      ) : null}
    </div>
  )
}
