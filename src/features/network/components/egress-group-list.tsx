import { ProviderLogo } from '@/components/provider-logo/provider-logo'

import {
  connectorCountText,
  diagramGroups,
  groupPorts,
  shownHosts,
  type DiagramGroup,
} from '../lib/diagram-groups'
import type { EgressPlan } from '../lib/egress-plan'
import { HostName } from './host-name'
import styles from './network.module.css'

function Group({ group }: { group: DiagramGroup }) {
  const { hosts, more } = shownHosts(group)
  return (
    <li
      className={styles.group}
      data-harness={group.kind === 'harness' || undefined}
      data-optional={group.optional || undefined}
    >
      <div className={styles.groupHead}>
        {group.provider ? (
          <ProviderLogo provider={group.provider} size="small" />
        ) : (
          <span className={styles.groupInitials} aria-hidden>
            {group.initials}
          </span>
        )}
        <span className={styles.groupName}>
          <strong>{group.label}</strong>
          {group.connectorCount ? (
            <span className={styles.groupCount}>{connectorCountText(group)}</span>
          ) : null}
        </span>
        <span className={styles.groupPorts}>{groupPorts(group)}</span>
      </div>
      <ul className={styles.groupHosts}>
        {hosts.map((d) => (
          <li key={`${d.host}:${d.port}:${d.protocol}`}>
            <HostName host={d.host} className={styles.host} />
          </li>
        ))}
        {more > 0 ? (
          <li className={styles.muted}>and {more} more hosts, in the table above</li>
        ) : null}
      </ul>
    </li>
  )
}

/**
 * The diagram's content as a list, for a narrow screen, where the drawing would shrink its text
 * below 6 px: the delegate, then one card per group (the Harness Manager, the log sink, each
 * provider) with its ports and hosts, at the sizes of the rest of the page.
 */
export function EgressGroupList({ plan }: { plan: EgressPlan }) {
  const groups = diagramGroups(plan)
  return (
    <div className={styles.groupList}>
      <p className={styles.small}>
        The <strong>Harness delegate</strong> opens outbound connections only, to each of these;
        nothing connects in to it.
      </p>
      <ul aria-label="Delegate egress by provider">
        {groups.map((g) => (
          <Group key={g.key} group={g} />
        ))}
      </ul>
    </div>
  )
}
