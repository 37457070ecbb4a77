import type { EntitySetupUsage } from '@/api/schemas/setup-usage'
import { compareText, pluralize } from '@/lib/format'

/** Labels for the referring entity's type (EntityType's YAML name), in the order shown. */
const KINDS: [type: string, label: string, one: string][] = [
  ['Pipelines', 'Pipelines', 'pipeline'],
  ['InputSets', 'Input sets', 'input set'],
  ['Triggers', 'Triggers', 'trigger'],
  ['Service', 'Services', 'service'],
  ['Environment', 'Environments', 'environment'],
  ['EnvironmentGroup', 'Environment groups', 'environment group'],
  ['Infrastructure', 'Infrastructure definitions', 'infrastructure definition'],
  ['Overrides', 'Overrides', 'override'],
  ['Template', 'Templates', 'template'],
  ['Connectors', 'Connectors', 'connector'],
  ['Secrets', 'Secrets', 'secret'],
  ['MonitoredService', 'Monitored services', 'monitored service'],
  ['Files', 'Files', 'file'],
]

export interface UsageItem {
  key: string
  name: string
  identifier: string
  /** "Account", "Org payments", "Project default / cd_platform". */
  where: string
  /** What the record adds: the environment an infrastructure belongs to, say. */
  note?: string
}

export interface UsageGroup {
  type: string
  label: string
  items: UsageItem[]
}

/** The scope of a referring entity in a few words, from its entityRef. */
export function whereOf(ref: { orgIdentifier?: string | null; projectIdentifier?: string | null }) {
  if (ref.orgIdentifier && ref.projectIdentifier)
    return `Project ${ref.orgIdentifier} / ${ref.projectIdentifier}`
  if (ref.orgIdentifier) return `Org ${ref.orgIdentifier}`
  return 'Account'
}

/** The SetupUsageDetail in words, where it says something the name does not. */
function noteOf(detail: EntitySetupUsage['detail']) {
  const environment = detail?.environmentName ?? detail?.environmentIdentifier
  if (typeof environment === 'string') return `in environment ${environment}`
  if (
    detail?.type === 'SecretReferredByConnectorSetupUsageDetail' &&
    typeof detail.fieldName === 'string'
  )
    return `as ${detail.fieldName}`
  return undefined
}

/**
 * The usages of one entity grouped by the kind of entity that refers to it, known kinds first in
 * a fixed order, then any other kind under its API name; each group sorted by name.
 */
export function groupUsages(usages: EntitySetupUsage[]): UsageGroup[] {
  const groups = new Map<string, UsageGroup>()
  usages.forEach((u, i) => {
    const by = u.referredByEntity
    const type = by.type ?? 'Unknown'
    const ref = by.entityRef ?? {}
    const identifier = ref.identifier ?? ''
    const group = groups.get(type) ?? {
      type,
      label: KINDS.find(([t]) => t === type)?.[1] ?? type,
      items: [],
    }
    group.items.push({
      key: `${type}:${ref.orgIdentifier ?? ''}/${ref.projectIdentifier ?? ''}/${identifier}:${i}`,
      name: by.name || identifier || 'Unnamed',
      identifier,
      where: whereOf(ref),
      note: noteOf(u.detail),
    })
    groups.set(type, group)
  })
  const rank = (type: string) => {
    const i = KINDS.findIndex(([t]) => t === type)
    return i === -1 ? KINDS.length : i
  }
  return [...groups.values()]
    .sort((a, b) => rank(a.type) - rank(b.type) || compareText(a.label, b.label))
    .map((g) => ({ ...g, items: g.items.sort((a, b) => compareText(a.name, b.name)) }))
}

/** "2 pipelines", "1 service"; a kind the console does not know keeps its API name. */
export function kindCount(group: UsageGroup) {
  const n = group.items.length
  const one = KINDS.find(([t]) => t === group.type)?.[2]
  if (!one) return `${n} ${group.label}`
  return `${n} ${n === 1 ? one : group.label.toLowerCase()}`
}

/** "1 entity", "4 entities". */
export const entityCount = (n: number) => pluralize(n, 'entity', 'entities')
