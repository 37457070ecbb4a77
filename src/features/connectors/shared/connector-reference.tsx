import type { ConnectorInfo } from '@/api/schemas/connector'
import { referenceFor } from '@/api/scope'

import { connectorYaml } from '../code/yaml'
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

/**
 * Reference + YAML, as in the pipeline example of the Connectors Overview. `yaml={false}`: the
 * reference alone (a connector's page shows its YAML in the as-code tabs).
 */
export function ConnectorReference({ info, yaml = true }: { info: ConnectorInfo; yaml?: boolean }) {
  const ref = connectorRef(info)
  return (
    <div className={styles.section}>
      <div className={styles.refRow}>
        <span>Reference it in pipelines as</span>
        <code className={styles.refCode}>connectorRef: {ref}</code>
        <CopyButton text={ref} label="connector reference" />
      </div>
      {yaml ? <CopyBlock text={connectorYaml(info)} label="connector YAML" /> : null}
    </div>
  )
}
