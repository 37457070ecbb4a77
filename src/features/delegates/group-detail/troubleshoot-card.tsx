import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { Card, CardBody } from '@/components/ui/page'
import { clusterInUse, harnessCluster } from '@/lib/harness-clusters'

import { Troubleshooter } from '../troubleshoot/troubleshooter'
import styles from './group-detail.module.css'
import { useGroupToken } from './use-group-token'

/**
 * The guided check for a group that does not connect (issue 24), open at once when it is down and
 * folded away when it is connected. The Manager host is the cluster the console works with (the
 * installers' and the network page's default).
 */
export function TroubleshootCard({
  scope,
  group,
  open,
}: {
  scope: Scope
  group: DelegateGroup
  open: boolean
}) {
  const { token } = useGroupToken(scope, group.delegateGroupIdentifier ?? '')
  const cluster = clusterInUse()
  const body = (
    <Troubleshooter
      group={group}
      managerHost={harnessCluster(cluster).host}
      cluster={cluster}
      scope={scope}
      tokenRevoked={token ? token.status === 'REVOKED' : null}
      tokenName={token?.name ?? null}
      // null from useGroupToken: none of this scope's tokens lists the group.
      tokenInScope={token === null ? false : token ? true : null}
    />
  )
  return (
    <Card>
      <CardBody>
        <div id="troubleshoot" tabIndex={-1}>
          {open ? (
            <>
              <div className={styles.cardHead}>
                <h2 className={styles.cardTitle}>Troubleshoot</h2>
              </div>
              {body}
            </>
          ) : (
            <details className={styles.more}>
              <summary>
                <h2 className={styles.cardTitle} style={{ display: 'inline' }}>
                  Troubleshoot
                </h2>
              </summary>
              {body}
            </details>
          )}
        </div>
      </CardBody>
    </Card>
  )
}
