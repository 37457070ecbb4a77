import { ArrowUpRight, ShieldCheck } from 'lucide-react'
import { useId } from 'react'

import { Badge } from '@/components/ui/states'
import form from '@/components/ui/form.module.css'
import { Card, CardBody, Notice } from '@/components/ui/page'
import {
  HARNESS_CLUSTERS,
  harnessCluster,
  isHarnessClusterId,
  LOGGING_HOST,
  managerHosts,
  PRIMARY_MANAGER_HOST,
  type HarnessClusterId,
} from '@/lib/harness-clusters'

import styles from './network.module.css'

/**
 * The cluster select and the logging checkbox are uncontrolled: they start from the URL and own
 * their value while the user edits. Every URL change is a router navigation (the layout's loader
 * runs), so a controlled input would snap back for a moment before the new value arrives.
 *
 * What every delegate needs whatever its connectors: HTTPS 443 out to the Manager domain of the
 * account's cluster, optionally to the log sink, and nothing inbound (seeds 000, 001 and 003).
 */
export function OutboundCard({
  cluster,
  onCluster,
  logging,
  onLogging,
}: {
  cluster: HarnessClusterId
  onCluster: (id: HarnessClusterId) => void
  logging: boolean
  onLogging: (on: boolean) => void
}) {
  const selectId = useId()
  const hintId = useId()
  const label = harnessCluster(cluster).label
  return (
    <Card>
      <CardBody>
        <div className={styles.sectionHeader}>
          <div>
            <h2 className={styles.sectionTitle}>Outbound requirements</h2>
            <p className={styles.sectionLead}>
              The delegate only connects out, over HTTPS on port 443, to the Harness Manager of your
              account's cluster. The Manager never connects to the delegate.
            </p>
          </div>
          <div className={form.field}>
            <label className={form.label} htmlFor={selectId}>
              Harness cluster
            </label>
            <select
              id={selectId}
              aria-describedby={hintId}
              className={`${form.input} ${styles.select}`}
              defaultValue={cluster}
              onChange={(e) => isHarnessClusterId(e.target.value) && onCluster(e.target.value)}
            >
              {HARNESS_CLUSTERS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label} ({c.host})
                </option>
              ))}
            </select>
            <span id={hintId} className={form.hint}>
              Account Settings → Account Details → Harness Cluster
            </span>
          </div>
        </div>
        <div className={styles.tableWrap}>
          <table className={`${styles.table} ${styles.stacked}`}>
            <caption className="visually-hidden">
              Outbound connections of a delegate on the {label} cluster
            </caption>
            <thead>
              <tr>
                <th scope="col">Destination</th>
                <th scope="col">Port</th>
                <th scope="col">Needed</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {managerHosts(cluster).map((host) => (
                <tr key={host}>
                  <td className={`${styles.host} ${styles.nowrap}`}>{host}</td>
                  <td className={styles.nowrap}>HTTPS 443</td>
                  <td>
                    <Badge tone="info">Required</Badge>
                  </td>
                  <td data-label="Why">
                    {host === PRIMARY_MANAGER_HOST
                      ? 'The primary Harness platform endpoint.'
                      : `The Manager endpoint of the ${label} cluster, in addition to the primary one.`}
                  </td>
                </tr>
              ))}
              <tr>
                <td className={`${styles.host} ${styles.nowrap}`}>{LOGGING_HOST}</td>
                <td className={styles.nowrap}>HTTPS 443</td>
                <td>
                  <Badge>Optional</Badge>
                </td>
                <td data-label="Why">
                  Sends delegate logs to Harness Support. Turn it off by setting{' '}
                  <code className={styles.code}>STACK_DRIVER_LOGGING_ENABLED=false</code> in the
                  delegate's environment.
                  <label className={form.checkbox} style={{ marginTop: 8 }}>
                    <input
                      type="checkbox"
                      defaultChecked={logging}
                      onChange={(e) => onLogging(e.target.checked)}
                    />
                    Include {LOGGING_HOST} in the egress plan
                  </label>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <div style={{ marginTop: 16 }}>
          <Notice tone="info" icon={<ShieldCheck size={18} aria-hidden />}>
            <strong>No inbound connection.</strong> Open no inbound port for the delegate: it
            connects out to the Manager and to your providers, and Harness never connects in.{' '}
            <a
              href="https://developer.harness.io/docs/platform/references/allowlist-harness-domains-and-ips"
              target="_blank"
              rel="noreferrer"
            >
              Harness domains and IPs <ArrowUpRight size={12} aria-hidden />
            </a>
          </Notice>
        </div>
      </CardBody>
    </Card>
  )
}
