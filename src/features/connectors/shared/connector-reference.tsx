import { stringify } from 'yaml'

import type { ConnectorInfo } from '@/api/schemas/connector'
import { referenceFor } from '@/api/scope'

import { CopyBlock, CopyButton } from './copy-block'
import styles from './shared.module.css'

/** How pipelines refer to a connector: `account.x`, `org.x` or bare `x` (seed 004, REFERENCE §6). */
export function connectorRef(
  info: Pick<ConnectorInfo, 'identifier' | 'orgIdentifier' | 'projectIdentifier'>,
) {
  return referenceFor(info.identifier, {
    orgId: info.orgIdentifier ?? undefined,
    projectId: info.projectIdentifier ?? undefined,
  })
}

/** The connector as YAML, the way Harness shows it (`connector:` at the top), built with the yaml library. */
export function connectorYaml(info: ConnectorInfo) {
  const { accountIdentifier: _account, ...connector } = info
  const clean = Object.fromEntries(
    Object.entries(connector).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  )
  return stringify({ connector: clean }, { lineWidth: 0 })
}

/** Reference + YAML, as in the pipeline example of the Connectors Overview. */
export function ConnectorReference({ info }: { info: ConnectorInfo }) {
  const ref = connectorRef(info)
  return (
    <div className={styles.section}>
      <div className={styles.refRow}>
        <span>Reference it in pipelines as</span>
        <code className={styles.refCode}>connectorRef: {ref}</code>
        <CopyButton text={ref} label="connector reference" />
      </div>
      <CopyBlock text={connectorYaml(info)} label="connector YAML" />
    </div>
  )
}
