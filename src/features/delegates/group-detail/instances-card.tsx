import type { DelegateGroup } from '@/api/schemas/delegate'
import { Card, CardBody } from '@/components/ui/page'
import { Badge } from '@/components/ui/states'
import { formatDate, formatDateTime, formatRelative, pluralize } from '@/lib/format'

import listStyles from '../delegates.module.css'
import { versionState } from '../lib/versions'
import styles from './group-detail.module.css'

/**
 * The group's instances (pods, containers, hosts): each one's host name, version against the
 * latest supported, expiry, last heartbeat and whether it is connected. The Manager's listing has
 * no start time or size per instance (DelegateInner), so neither is shown.
 */
export function InstancesCard({
  group,
  latest,
  now,
}: {
  group: DelegateGroup
  latest: string | null | undefined
  now: number
}) {
  const instances = group.delegateInstanceDetails ?? []
  const connected = instances.filter((i) => i.activelyConnected).length
  return (
    <Card>
      <CardBody>
        <div className={styles.cardHead}>
          <h2 className={styles.cardTitle} id="instances-title">
            Instances
          </h2>
          <span className={styles.muted}>
            {connected} of {pluralize(instances.length, 'instance')} connected
          </span>
        </div>
        {instances.length === 0 ? (
          <p className={styles.lead}>
            No instance of this group has registered. An instance appears after its first heartbeat.
          </p>
        ) : null}
      </CardBody>
      {instances.length ? (
        <div className={listStyles.tableWrap}>
          <table
            className={`${listStyles.table} ${listStyles.cards}`}
            aria-labelledby="instances-title"
          >
            <thead>
              <tr>
                <th scope="col">Host name</th>
                <th scope="col">Connectivity</th>
                <th scope="col">Last heartbeat</th>
                <th scope="col">Version</th>
                <th scope="col">Expires</th>
              </tr>
            </thead>
            <tbody>
              {instances.map((i) => {
                const state = versionState(i.version, latest, now, i.delegateExpirationTime)
                return (
                  <tr key={i.uuid ?? i.hostName}>
                    <th scope="row">
                      <span className={`${listStyles.name} ${styles.mono}`}>
                        {i.hostName ?? i.uuid ?? 'Unnamed'}
                      </span>
                    </th>
                    <td data-label="Connectivity">
                      <Badge tone={i.activelyConnected ? 'success' : 'danger'} dot>
                        {i.activelyConnected ? 'Connected' : 'Not connected'}
                      </Badge>
                      {i.tokenActive === false ? (
                        <span className={listStyles.warningText}>Its token is revoked</span>
                      ) : null}
                    </td>
                    <td
                      className={styles.muted}
                      data-label="Last heartbeat"
                      title={formatDateTime(i.lastHeartbeat)}
                    >
                      {formatRelative(i.lastHeartbeat, now)}
                    </td>
                    <td data-label="Version">
                      <span className={styles.mono}>{i.version ?? 'Unknown'}</span>
                      {state.behind ? <Badge tone="warning">Upgrade needed</Badge> : null}
                    </td>
                    <td data-label="Expires">
                      {state.expiresAt === null ? (
                        <span className={styles.muted}>Not reported</span>
                      ) : (
                        <>
                          <span title={formatDateTime(state.expiresAt)}>
                            {formatDate(state.expiresAt)}
                          </span>
                          {state.expired ? (
                            <Badge tone="danger">Expired</Badge>
                          ) : state.expiringSoon ? (
                            <Badge tone="warning">Soon</Badge>
                          ) : null}
                        </>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  )
}
