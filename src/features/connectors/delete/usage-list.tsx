import type { EntitySetupUsage } from '@/api/schemas/setup-usage'
import { formatCount } from '@/lib/format'

import styles from './delete.module.css'
import { groupUsages } from './usage-groups'

/**
 * What refers to a connector, grouped by kind (pipelines, services, ...), each with its name,
 * identifier and scope. `total` is the Manager's count, which may exceed the page read.
 */
export function UsageList({ usages, total }: { usages: EntitySetupUsage[]; total: number }) {
  const groups = groupUsages(usages)
  return (
    // Focusable: it scrolls when long, and a keyboard must reach what it hides (WCAG 2.1.1).
    <div className={styles.usages} role="group" aria-label="Where it is used" tabIndex={0}>
      {groups.map((group) => {
        const id = `usage-${group.type}`
        return (
          <section key={group.type} aria-labelledby={id} className={styles.group}>
            <h3 id={id} className={styles.groupTitle}>
              {group.label} <span className={styles.count}>{group.items.length}</span>
            </h3>
            <ul className={styles.items}>
              {group.items.map((item) => (
                <li key={item.key} className={styles.item}>
                  <span className={styles.name}>{item.name}</span>
                  <span className={styles.meta}>
                    <code>{item.identifier}</code> · {item.where}
                    {item.note ? ` · ${item.note}` : null}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {total > usages.length ? (
        <p className={styles.more}>
          Showing {formatCount(usages.length)} of {formatCount(total)}.
        </p>
      ) : null}
    </div>
  )
}
