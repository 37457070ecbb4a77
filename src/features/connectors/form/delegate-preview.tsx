import { useQueries } from '@tanstack/react-query'

import { delegateQueries } from '@/api/queries/delegates'
import type { DelegateGroup } from '@/api/schemas/delegate'
import { scopeLevel, type Scope } from '@/api/scope'
import { Badge, SkeletonRows } from '@/components/ui/states'

import styles from './wizard.module.css'

/** The scope and its parents: a project's tasks can run on project, org and account delegates. */
function scopeChain(scope: Scope): Scope[] {
  const chain: Scope[] = [{ accountId: scope.accountId }]
  if (scope.orgId) chain.push({ accountId: scope.accountId, orgId: scope.orgId })
  if (scope.orgId && scope.projectId) chain.push(scope)
  return chain
}

/** A group's selectors: its implicit ones (the group name) and its custom tags ([REF] §4c). */
export function groupSelectorSet(group: DelegateGroup) {
  return new Set([
    ...Object.keys(group.groupImplicitSelectors ?? {}),
    ...(group.groupCustomSelectors ?? []),
  ])
}

/** A task goes to a delegate that has every selector the connector names. */
export function groupMatches(group: DelegateGroup, selectors: string[]) {
  const own = groupSelectorSet(group)
  return selectors.every((s) => own.has(s))
}

const LEVEL_LABEL = { account: 'Account', org: 'Organization', project: 'Project' }

/** Live preview: which delegate groups would take this connector's tasks, and are they connected. */
export function DelegatePreview({ scope, selectors }: { scope: Scope; selectors: string[] }) {
  const chain = scopeChain(scope)
  const results = useQueries({ queries: chain.map((s) => delegateQueries.groups(s)) })
  if (results.some((r) => r.isPending)) return <SkeletonRows rows={2} label="Loading delegates" />
  const failed = results.find((r) => r.isError)
  if (failed)
    return (
      <p className={styles.callout}>
        Could not list delegates to preview the match. You can still save.
      </p>
    )
  const groups = results.flatMap((r, i) =>
    (r.data ?? []).map((g) => ({ group: g, level: scopeLevel(chain[i]) })),
  )
  const matching = groups.filter(({ group }) => groupMatches(group, selectors))
  const connected = matching.filter(({ group }) => group.activelyConnected)
  return (
    <section className={styles.preview} aria-labelledby="delegate-preview-title" aria-live="polite">
      <h3 id="delegate-preview-title" className={styles.previewTitle}>
        {matching.length === 0
          ? 'No delegate matches these selectors'
          : `${matching.length} delegate group${matching.length === 1 ? '' : 's'} match, ${connected.length} connected`}
      </h3>
      {matching.length === 0 ? (
        <p className={styles.callout}>
          Tasks for this connector would wait for a delegate that has every selector. Check the
          spelling or install a delegate with these tags.
        </p>
      ) : (
        <ul className={styles.previewList}>
          {matching.map(({ group, level }) => (
            <li key={`${level}-${group.groupId ?? group.groupName}`} className={styles.previewItem}>
              <span className={styles.previewName}>{group.groupName}</span>
              <span className={styles.previewScope}>{LEVEL_LABEL[level]}</span>
              <Badge tone={group.activelyConnected ? 'success' : 'danger'} dot>
                {group.activelyConnected ? 'Connected' : 'Not connected'}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
