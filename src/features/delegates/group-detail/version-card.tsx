import { useQuery } from '@tanstack/react-query'
import { Pin, PinOff } from 'lucide-react'
import { useState } from 'react'

import { delegateQueries } from '@/api/queries/delegates'
import type { DelegateGroup, VersionOverride } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Card, CardBody } from '@/components/ui/page'
import { Badge } from '@/components/ui/states'
import { formatDate, formatDateTime, pluralize } from '@/lib/format'

import { CodeBlock } from '../components/code-block'
import { autoUpgradeInfo, howToEnable } from '../lib/auto-upgrade'
import { groupSelectors } from '../lib/impact'
import { versionState } from '../lib/versions'
import { imageVersion, PinDialog, UnpinDialog } from './pin-dialog'
import styles from './group-detail.module.css'

const DAY = 86_400_000

/**
 * The override that applies to the group: at its scope, every tag one of the group's selectors
 * (none = all delegates of the scope), still valid. [INF] Overrides of parent scopes are not read.
 */
export function pinOf(group: DelegateGroup, overrides: VersionOverride[], now: number) {
  const own = new Set(groupSelectors(group))
  return (
    overrides.find(
      (o) =>
        (o.tags ?? []).every((t) => own.has(t)) &&
        (!o.validUntil || Date.parse(o.validUntil) > now),
    ) ?? null
  )
}

/**
 * The group's version against the latest supported, its expiry (Harness's End of Support), the
 * auto-upgrade state with what it means and how to turn it on, and pinning.
 */
export function VersionCard({
  scope,
  group,
  now,
}: {
  scope: Scope
  group: DelegateGroup
  now: number
}) {
  const latest = useQuery(delegateQueries.latestVersion(scope))
  const overrides = useQuery(delegateQueries.overrides(scope))
  const [pinning, setPinning] = useState(false)
  const [unpinning, setUnpinning] = useState(false)
  const name = group.groupName ?? group.delegateGroupIdentifier ?? ''
  const latestVersion = latest.data?.latestSupportedVersion
  const version = group.groupVersion ?? group.delegateVersion
  const state = versionState(version, latestVersion, now, group.delegateGroupExpirationTime)
  const upgrade = autoUpgradeInfo(group.autoUpgrade)
  const enable = howToEnable(group.delegateType, { name })
  const pin = overrides.data ? pinOf(group, overrides.data, now) : null

  return (
    <Card>
      <CardBody>
        <div className={styles.cardHead}>
          <h2 className={styles.cardTitle}>Version and upgrades</h2>
          <Badge tone={upgrade.tone}>{upgrade.label}</Badge>
          {pin ? (
            <Badge tone="info">
              <Pin size={12} aria-hidden /> Pinned
            </Badge>
          ) : null}
        </div>
        <dl className={styles.facts}>
          <div>
            <dt>Version</dt>
            <dd>
              <span className={styles.mono}>{version ?? 'Unknown'}</span>
              {latest.isPending ? null : state.behind ? (
                <Badge tone="warning">Upgrade needed</Badge>
              ) : version && latestVersion ? (
                <Badge tone="success">Latest</Badge>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Latest supported</dt>
            <dd className={styles.mono}>
              {latestVersion ??
                (latest.isPending ? 'Reading…' : latest.isError ? 'Could not read it' : 'Unknown')}
            </dd>
          </div>
          <div>
            <dt>{state.expired ? 'Expired on' : 'Expires on'}</dt>
            <dd title={state.expiresAt ? formatDateTime(state.expiresAt) : undefined}>
              {state.expiresAt ? formatDate(state.expiresAt) : 'Not reported'}
              {state.expired ? (
                <Badge tone="danger">Expired</Badge>
              ) : state.expiringSoon && state.expiresAt ? (
                <Badge tone="warning">
                  In {pluralize(Math.max(1, Math.ceil((state.expiresAt - now) / DAY)), 'day')}
                </Badge>
              ) : null}
            </dd>
          </div>
        </dl>
        <p className={styles.lead} style={{ marginTop: 'var(--space-3)' }}>
          {state.expired
            ? 'Harness no longer supports this image (End of Support, six months after its release). It keeps running, but upgrade it: two months later it gets no security fixes.'
            : state.expiringSoon
              ? 'Six months after its release an image reaches End of Support: upgrade before then.'
              : state.behind
                ? 'A newer version is published. '
                : null}
          {state.expirySource === 'policy'
            ? ' The date follows Harness’s policy (six months after the release month); the Manager did not report one.'
            : null}
        </p>

        <h3 className={styles.subTitle}>Auto-upgrade</h3>
        <p className={styles.lead}>
          {upgrade.meaning}
          {pin && group.autoUpgrade === 'ON'
            ? ' While the pin below lasts, the version it moves to is the pinned one.'
            : null}
        </p>
        {group.autoUpgrade === 'ON' ? null : (
          <details className={styles.more} open={group.autoUpgrade === 'OFF'}>
            <summary>
              {enable.available
                ? 'How to turn auto-upgrade on'
                : 'Auto-upgrade for this delegate type'}
            </summary>
            <ol className={styles.steps}>
              {enable.steps.map((step, i) => (
                <li key={i}>
                  <p>{step.text}</p>
                  {step.code ? (
                    <CodeBlock code={step.code} label={`Turn on auto-upgrade, step ${i + 1}`} />
                  ) : null}
                </li>
              ))}
            </ol>
            <p className={styles.muted}>
              Source:{' '}
              <a href={enable.source} target="_blank" rel="noreferrer">
                Harness documentation
              </a>
            </p>
          </details>
        )}

        <h3 className={styles.subTitle}>Pinned image</h3>
        {overrides.isPending ? (
          <p className={styles.muted}>Reading the image overrides…</p>
        ) : overrides.isError ? (
          <p className={styles.muted}>Could not read the image overrides of this scope.</p>
        ) : pin ? (
          <PinnedLine pin={pin} onUnpin={() => setUnpinning(true)} />
        ) : (
          <div className={styles.versionLine}>
            <span className={styles.muted}>
              Not pinned: auto-upgrade moves it to each version Harness publishes.
            </span>
            <Button size="small" onClick={() => setPinning(true)}>
              <Pin size={13} aria-hidden /> Pin image…
            </Button>
          </div>
        )}
        <PinDialog
          open={pinning}
          onOpenChange={setPinning}
          scope={scope}
          group={group}
          latest={latestVersion}
          autoUpgradeOff={group.autoUpgrade === 'OFF'}
        />
        {pin ? (
          <UnpinDialog
            open={unpinning}
            onOpenChange={setUnpinning}
            scope={scope}
            override={pin}
            latest={latestVersion}
            groupName={name}
          />
        ) : null}
      </CardBody>
    </Card>
  )
}

function PinnedLine({ pin, onUnpin }: { pin: VersionOverride; onUnpin: () => void }) {
  const until = pin.validUntil ? Date.parse(pin.validUntil) : null
  const tags = pin.tags ?? []
  return (
    <div className={styles.versionLine}>
      <span>
        Pinned to <span className={styles.mono}>{imageVersion(pin.version)}</span>
        {pin.validTillNextRelease
          ? ' until Harness publishes the next version'
          : until
            ? ` until ${formatDate(until)}`
            : ''}
        {tags.length ? ` (selector ${tags.join(', ')})` : ' (every delegate at this scope)'}. The
        upgrader keeps it on this image: no new release reaches it while pinned.
      </span>
      <Button size="small" onClick={onUnpin}>
        <PinOff size={13} aria-hidden /> Unpin…
      </Button>
    </div>
  )
}
