import { Link } from 'react-router'

import type { Scope } from '@/api/scope'
import { Notice } from '@/components/ui/page'
import { paths, withScope } from '@/lib/paths'

import { CLUSTERS } from '../form/options'
import { managerEndpoint } from '../lib/managers'
import type { HarnessCluster } from '../lib/types'
import styles from '../installers.module.css'

/** The usual reasons a new delegate never beats (seed 000/003: outbound-only HTTPS 443). */
export function Troubleshooting({
  managerHost,
  tokenName,
  cluster,
  scope,
}: {
  managerHost: string
  tokenName: string
  cluster: HarnessCluster
  scope: Scope
}) {
  const label = CLUSTERS.find((c) => managerEndpoint(c.id) === managerEndpoint(cluster))?.label
  return (
    <Notice tone="warning">
      <p>
        <strong>No heartbeat yet.</strong> The delegate has not reached the Manager. Check, in this
        order:
      </p>
      <ul className={styles.troubleList}>
        <li>
          <strong>Outbound HTTPS 443</strong> from the delegate to <code>{managerHost}</code> is
          allowed (the delegate only connects out; nothing connects in). Check its logs, e.g.{' '}
          <code>kubectl logs</code> or <code>docker logs</code>. The{' '}
          <Link to={withScope(paths.network, scope, { cluster, export: 'preflight' })}>
            preflight script for {label ?? cluster}
          </Link>{' '}
          on the Network page checks every host the delegate needs from the machine it runs on.
        </li>
        <li>
          <strong>Proxy:</strong> if outbound traffic must go through a proxy, the file needs
          PROXY_HOST, PROXY_PORT and PROXY_SCHEME (and NO_PROXY for internal hosts).
        </li>
        <li>
          <strong>Token:</strong> <code>{tokenName}</code> must be active and belong to this scope;
          a revoked token or one of another organization or project is refused. Check it on the{' '}
          <Link to={withScope(paths.delegateTokens, scope)}>Delegate Tokens</Link> page.
        </li>
        <li>
          <strong>Image pull:</strong> the host must be able to pull <code>harness/delegate</code>{' '}
          from Docker Hub (or your mirror); look for ImagePullBackOff or a failed{' '}
          <code>docker pull</code>.
        </li>
      </ul>
    </Notice>
  )
}
