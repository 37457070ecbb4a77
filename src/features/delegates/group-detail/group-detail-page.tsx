import { useQuery } from '@tanstack/react-query'
import { ArrowLeft, Pencil, SearchX, Trash2, TriangleAlert } from 'lucide-react'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'

import { delegateQueries } from '@/api/queries/delegates'
import type { DelegateGroup } from '@/api/schemas/delegate'
import { scopeLabel, type Scope } from '@/api/scope'
import { Button, buttonClass } from '@/components/ui/button'
import { Card, CardBody, Notice, Page } from '@/components/ui/page'
import { Badge, EmptyState, ErrorState, SkeletonRows, type Tone } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { formatDateTime, formatRelative } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import { typeLabel } from '../lib/delegate-type'
import { implicitSelectors } from '../lib/impact'
import { useNow } from '../lib/use-now'
import { DeleteGroupDialog } from './delete-group-dialog'
import { DependentsCard } from './dependents-card'
import styles from './group-detail.module.css'
import { InstancesCard } from './instances-card'
import { TagsDialog } from './tags-dialog'
import { TroubleshootCard } from './troubleshoot-card'
import { useGroupToken } from './use-group-token'
import { VersionCard } from './version-card'

/** How often the page refreshes: delegates beat about every 30 s (as the list). */
const REFRESH_MS = 20_000

const CONNECTIVITY: Record<string, { tone: Tone; label: string }> = {
  connected: { tone: 'success', label: 'Connected' },
  'partially connected': { tone: 'warning', label: 'Partially connected' },
  disconnected: { tone: 'danger', label: 'Disconnected' },
}

export function connectivityOf(group: DelegateGroup) {
  return (
    CONNECTIVITY[(group.connectivityStatus ?? '').toLowerCase()] ?? {
      tone: 'neutral',
      label: group.connectivityStatus ?? 'Unknown',
    }
  )
}

/**
 * One delegate group: what it is, its instances and versions, what depends on it, and, when it
 * does not connect, a guided check. Read from the scope's group listing (refreshed as the list
 * page does), so a group that is gone or belongs to another scope says so.
 */
export function GroupDetailPage() {
  const { identifier = '' } = useParams()
  const scope = useScope()
  const navigate = useNavigate()
  const now = useNow(15_000)
  const [deleting, setDeleting] = useState(false)
  const groups = useQuery({ ...delegateQueries.groups(scope), refetchInterval: REFRESH_MS })
  const back = (
    <Link to={withScope(paths.delegates, scope)}>
      <ArrowLeft size={13} aria-hidden /> Delegates
    </Link>
  )
  if (groups.isPending)
    return (
      <Page title="Delegate group" breadcrumb={back}>
        <Card>
          <SkeletonRows rows={8} label="Loading the delegate group" />
        </Card>
      </Page>
    )
  if (groups.isError)
    return (
      <Page title="Delegate group" breadcrumb={back}>
        <Card>
          <ErrorState
            error={groups.error}
            onRetry={() => void groups.refetch()}
            title="Could not load this delegate group"
          />
        </Card>
      </Page>
    )
  const group = groups.data.find((g) => g.delegateGroupIdentifier === identifier)
  if (!group)
    return (
      <Page title="Delegate group not found" breadcrumb={back}>
        <Card>
          <EmptyState
            title={`No delegate group ${identifier} at this scope`}
            icon={<SearchX size={22} />}
            action={
              <Link className={buttonClass('primary')} to={withScope(paths.delegates, scope)}>
                All delegates
              </Link>
            }
          >
            It may have been deleted, or it belongs to another organization or project: pick that
            scope at the top of the page, or find it in the list.
          </EmptyState>
        </Card>
      </Page>
    )

  const name = group.groupName ?? identifier
  const connected = group.connectivityStatus === 'connected'
  return (
    <Page
      title={name}
      breadcrumb={back}
      subtitle={`${typeLabel(group.delegateType)} delegate group · ${scopeLabel(scope)}`}
      actions={
        <>
          <Button variant="dangerOutline" onClick={() => setDeleting(true)}>
            <Trash2 size={14} aria-hidden /> Delete
          </Button>
          <DeleteGroupDialog
            open={deleting}
            onOpenChange={setDeleting}
            scope={scope}
            group={group}
            onDeleted={() => void navigate(withScope(paths.delegates, scope), { replace: true })}
          />
        </>
      }
    >
      <div className={styles.main}>
        {connected ? null : (
          <Notice tone={group.connectivityStatus === 'disconnected' ? 'danger' : 'warning'}>
            {group.connectivityStatus === 'disconnected'
              ? `No instance of ${name} has sent a heartbeat in the last 5 minutes: its tasks wait or fail. `
              : 'Some instances have not sent a heartbeat in the last 5 minutes. '}
            <a href="#troubleshoot">Troubleshoot it step by step</a>.
          </Notice>
        )}
        <OverviewCard scope={scope} group={group} now={now} />
        <VersionCard scope={scope} group={group} now={now} />
        <InstancesCardWithLatest scope={scope} group={group} now={now} />
        <DependentsCard scope={scope} identifier={identifier} />
        <TroubleshootCard scope={scope} group={group} open={!connected} />
      </div>
    </Page>
  )
}

function InstancesCardWithLatest({
  scope,
  group,
  now,
}: {
  scope: Scope
  group: DelegateGroup
  now: number
}) {
  const latest = useQuery(delegateQueries.latestVersion(scope))
  return <InstancesCard group={group} latest={latest.data?.latestSupportedVersion} now={now} />
}

function OverviewCard({ scope, group, now }: { scope: Scope; group: DelegateGroup; now: number }) {
  const [editing, setEditing] = useState(false)
  const identifier = group.delegateGroupIdentifier ?? ''
  const { token, failed } = useGroupToken(scope, identifier)
  const status = connectivityOf(group)
  const implicit = implicitSelectors(group)
  const tags = group.groupCustomSelectors ?? []
  return (
    <Card>
      <CardBody>
        <div className={styles.cardHead}>
          <h2 className={styles.cardTitle}>Overview</h2>
          <Badge tone={status.tone} dot>
            {status.label}
          </Badge>
        </div>
        <dl className={styles.facts}>
          <div>
            <dt>Last heartbeat</dt>
            <dd title={formatDateTime(group.lastHeartBeat)}>
              {formatRelative(group.lastHeartBeat, now)}
            </dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>{typeLabel(group.delegateType)}</dd>
          </div>
          <div>
            <dt>Identifier</dt>
            <dd className={styles.mono}>{identifier}</dd>
          </div>
          <div>
            <dt>Scope</dt>
            <dd>{scopeLabel(scope)}</dd>
          </div>
          <div>
            <dt>Token</dt>
            <dd>
              {token ? (
                <>
                  <Link
                    className={styles.mono}
                    to={withScope(paths.delegateTokens, scope, {
                      q: token.name,
                      ...(token.status === 'REVOKED' ? { revoked: '1' } : {}),
                    })}
                  >
                    {token.name}
                  </Link>
                  <Badge tone={token.status === 'ACTIVE' ? 'success' : 'danger'}>
                    {token.status === 'ACTIVE' ? 'Active' : 'Revoked'}
                  </Badge>
                </>
              ) : token === null ? (
                <span className={styles.muted}>No token of this scope lists it</span>
              ) : failed ? (
                <span className={styles.muted}>Could not read the tokens</span>
              ) : (
                <span className={styles.muted}>Reading…</span>
              )}
            </dd>
          </div>
          {group.delegateDescription ? (
            <div className={styles.wide}>
              <dt>Description</dt>
              <dd>{group.delegateDescription}</dd>
            </div>
          ) : null}
          <div className={styles.wide}>
            <dt>Selectors</dt>
            <dd>
              <ul className={styles.chips} aria-label="Selectors">
                {implicit.map((s) => (
                  <li
                    key={`implicit-${s}`}
                    className={`${styles.chip} ${styles.chipImplicit}`}
                    title="The group's name: always a selector"
                  >
                    {s}
                  </li>
                ))}
                {tags.map((t) => (
                  <li key={t} className={styles.chip}>
                    {t}
                  </li>
                ))}
              </ul>
              <Button size="small" onClick={() => setEditing(true)}>
                <Pencil size={13} aria-hidden /> Edit tags
              </Button>
            </dd>
          </div>
        </dl>
        {group.tokenActive === false ? (
          <p className={styles.lead} style={{ marginTop: 'var(--space-3)' }}>
            <TriangleAlert size={14} aria-hidden /> At least one instance runs on a revoked token:
            reinstall it with an active one.
          </p>
        ) : null}
        <TagsDialog open={editing} onOpenChange={setEditing} scope={scope} group={group} />
      </CardBody>
    </Card>
  )
}
